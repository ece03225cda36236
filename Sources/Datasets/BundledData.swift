import Foundation

// MARK: - Labelled image sets

/// A set of same-sized gray images with integer labels, as plain arrays:
/// `pixels` is `[count, height, width]` row-major, `labels` is `[count]`.
public struct LabeledImages: Sendable, Equatable {
  public var pixels: [UInt8]
  public var labels: [Int]
  public var count: Int
  public var height: Int
  public var width: Int
  /// Largest pixel value the set uses (255 for Fashion-MNIST, 16 for the 8×8 digits), for
  /// scaling to 0…1.
  public var maxPixelValue: Int
  /// The files it was read from.
  public var sources: [String]

  /// `[count, height, width]`.
  public var shape: [Int] { [count, height, width] }

  /// How many images carry each label `0..<classCount`.
  public func labelCounts(classCount: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: classCount)
    for label in labels where (0..<classCount).contains(label) { counts[label] += 1 }
    return counts
  }

  /// Pixels scaled to `0…1` as `Float`, shape `[count, height, width]`.
  public func normalizedPixels() -> [Float] {
    let scale = 1 / Float(maxPixelValue)
    return pixels.map { Float($0) * scale }
  }
}

// MARK: - Fashion-MNIST

/// Zalando's Fashion-MNIST (28×28 gray clothing images, 10 classes; MIT licence).
///
/// ``load(locator:)`` uses the full set (60,000 / 10,000) when it can find it — in
/// `$HOCSAU_DATA` or `$HOCSAU_DATA/fashion-mnist`, then where Debian's `dataset-fashion-mnist`
/// installs it (`/usr/share/datasets/fashion-mnist`) — and otherwise the stratified subset
/// bundled in `assets/fashion-mnist` (10,000 / 2,000, 1,000 / 200 per class).
public enum FashionMNIST {
  /// The class names, by label.
  public static let classNames = [
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
  ]

  static let files = [
    "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
  ]

  /// Where Debian's package puts the files (`dpkg -L dataset-fashion-mnist`).
  public static let debianFolder = "/usr/share/datasets/fashion-mnist"

  /// Folders that may hold the full set, in the order they are tried.
  public static func fullSetFolders(environment: [String: String]) -> [String] {
    var folders = [String]()
    if let data = environment["HOCSAU_DATA"], !data.isEmpty {
      folders += [data, (data as NSString).appendingPathComponent("fashion-mnist")]
    }
    folders.append(debianFolder)
    return folders
  }

  /// The training and test sets: the full set if present, else the bundled subset.
  /// - Parameter preferFull: `false` always loads the bundled subset (for tests and demos
  ///   that must see the same data everywhere).
  public static func load(locator: AssetLocator = .default, preferFull: Bool = true) throws(DatasetError)
    -> (train: LabeledImages, test: LabeledImages)
  {
    var folder: String?
    if preferFull {
      folder = fullSetFolders(environment: locator.environment).first { dir in
        files.allSatisfy { AssetLocator.isFile((dir as NSString).appendingPathComponent($0)) }
      }
    }
    if folder == nil { folder = (try locator.assetsFolder() as NSString).appendingPathComponent("fashion-mnist") }
    let dir = folder!
    func path(_ f: String) -> String { (dir as NSString).appendingPathComponent(f) }
    return (
      try loadPair(images: path(files[0]), labels: path(files[1])),
      try loadPair(images: path(files[2]), labels: path(files[3]))
    )
  }

  /// One images/labels pair of IDX files (`.gz` or raw), checked against each other.
  public static func loadPair(images: String, labels: String) throws(DatasetError) -> LabeledImages {
    let imageArray = try IDX.read(path: images)
    let labelArray = try IDX.read(path: labels)
    guard imageArray.shape.count == 3, case .uint8(let pixels) = imageArray.elements else {
      throw DatasetError(
        .corrupt, "expected unsigned-byte images of shape [count, height, width], found \(imageArray.elements.typeName) \(imageArray.shape)",
        source: images)
    }
    guard labelArray.shape.count == 1, case .uint8(let labelBytes) = labelArray.elements else {
      throw DatasetError(
        .corrupt, "expected unsigned-byte labels of shape [count], found \(labelArray.elements.typeName) \(labelArray.shape)",
        source: labels)
    }
    guard labelBytes.count == imageArray.shape[0] else {
      throw DatasetError(
        .corrupt, "\(labelBytes.count) labels for \(imageArray.shape[0]) images in \(images)", source: labels)
    }
    return LabeledImages(
      pixels: pixels, labels: labelBytes.map(Int.init), count: imageArray.shape[0], height: imageArray.shape[1],
      width: imageArray.shape[2], maxPixelValue: 255, sources: [images, labels])
  }
}

// MARK: - Digits (8×8)

/// The UCI optical-recognition digits as scikit-learn bundles them (`load_digits`): 1,797
/// images of 8×8 pixels valued 0…16, labels 0…9 (CC BY 4.0). The bundled file is
/// scikit-learn's `digits.csv.gz` as is: 65 comma-separated integers a line, the label last.
public enum Digits {
  /// The folders tried before the bundled copy: `$HOCSAU_DATA`, then a Debian
  /// `python3-sklearn` install.
  public static func candidatePaths(environment: [String: String]) -> [String] {
    var paths = [String]()
    if let data = environment["HOCSAU_DATA"], !data.isEmpty {
      paths.append((data as NSString).appendingPathComponent("digits.csv.gz"))
    }
    paths.append("/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz")
    return paths
  }

  /// All 1,797 digits.
  public static func load(locator: AssetLocator = .default) throws(DatasetError) -> LabeledImages {
    let path: String
    if let found = candidatePaths(environment: locator.environment).first(where: AssetLocator.isFile) {
      path = found
    } else {
      path = try locator.resolve("digits/digits.csv.gz")
    }
    return try parse(CSVTable.read(path: path, hasHeader: false))
  }

  /// Digits from a parsed table of 65 columns (64 pixels then the label).
  public static func parse(_ table: CSVTable) throws(DatasetError) -> LabeledImages {
    guard table.columnCount == 65 else {
      throw DatasetError(.corrupt, "expected 65 columns (64 pixels and a label), found \(table.columnCount)", source: table.source)
    }
    var pixels = [UInt8]()
    pixels.reserveCapacity(table.rows.count * 64)
    var labels = [Int]()
    for r in table.rows.indices {
      for c in 0..<65 {
        let v = try table.number(row: r, column: c)
        let limit = c == 64 ? 9.0 : 16.0
        guard v == v.rounded(), v >= 0, v <= limit else {
          throw DatasetError(
            .parse, "value \(table.rows[r][c]) is not an integer in 0…\(Int(limit))", source: table.source,
            line: table.rowLines[r], column: c + 1)
        }
        if c == 64 { labels.append(Int(v)) } else { pixels.append(UInt8(v)) }
      }
    }
    return LabeledImages(
      pixels: pixels, labels: labels, count: labels.count, height: 8, width: 8, maxPixelValue: 16,
      sources: [table.source])
  }
}

// MARK: - Photographs

/// The CC0 photographs bundled for the convolution chapter (from scikit-image, downscaled to
/// 128 px wide): `camera` (gray), `chelsea` (a cat, RGB), `coffee` (a cup, RGB).
public enum SamplePhotos {
  public static let names = ["camera", "chelsea", "coffee"]

  /// The photograph called `name` (one of ``names``), from `assets/images/NAME.png`.
  public static func load(_ name: String, locator: AssetLocator = .default) throws(DatasetError) -> Image {
    guard names.contains(name) else {
      throw DatasetError(
        .notFound, "no sample photo called '\(name)'; there are \(names.joined(separator: ", "))", source: name)
    }
    return try PNG.read(path: locator.resolve("images/\(name).png"))
  }
}

// MARK: - Text

/// Public-domain text bundled for the sequence-model chapter: `alice` is chapters I–II of
/// Lewis Carroll's *Alice's Adventures in Wonderland* (ASCII, about 23 KB).
public enum SampleText {
  public static let names = ["alice"]

  /// The text called `name` (one of ``names``), from `assets/text/NAME.txt`.
  public static func load(_ name: String, locator: AssetLocator = .default) throws(DatasetError) -> String {
    guard names.contains(name) else {
      throw DatasetError(.notFound, "no sample text called '\(name)'; there is \(names.joined(separator: ", "))", source: name)
    }
    let path = try locator.resolve("text/\(name).txt")
    let bytes = try FileBytes.read(path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw DatasetError(.corrupt, "the text is not valid UTF-8", source: path)
    }
    return text
  }
}
