import Foundation
import Testing

@testable import Datasets

@Suite struct AssetLocatorTests {
  @Test func findsAssetsUpwardFromTheCurrentDirectory() throws {
    let root = TemporaryFolder()
    root.write("assets/README.md", "# assets\n")
    root.write("assets/data.csv", "x\n1\n")
    root.write("chapters/deep/nested/.keep", "")
    let locator = AssetLocator(environment: [:], currentDirectory: root.file("chapters/deep/nested"), executablePath: nil)
    #expect(try locator.assetsFolder() == URL(fileURLWithPath: root.file("assets")).standardizedFileURL.path)
    #expect(try locator.resolve("data.csv").hasSuffix("/assets/data.csv"))
  }

  @Test func environmentWinsAndLocalFolderComesFirst() throws {
    let root = TemporaryFolder()
    root.write("elsewhere/data.csv", "x\n2\n")
    root.write("chapter/data.csv", "x\n3\n")
    let locator = AssetLocator(environment: ["HOCSAU_ASSETS": root.file("elsewhere")], currentDirectory: "/", executablePath: nil)
    #expect(try locator.assetsFolder().hasSuffix("/elsewhere"))
    #expect(try locator.resolve("data.csv").hasSuffix("/elsewhere/data.csv"))
    #expect(try locator.resolve("data.csv", relativeTo: root.file("chapter")).hasSuffix("/chapter/data.csv"))
  }

  @Test func findsAssetsUpwardFromTheExecutable() throws {
    let root = TemporaryFolder()
    root.write("assets/README.md", "# assets\n")
    root.write(".build/debug/hocsau", "")
    let locator = AssetLocator(environment: [:], currentDirectory: "/", executablePath: root.file(".build/debug/hocsau"))
    #expect(try locator.assetsFolder().hasSuffix("/assets"))
  }

  @Test func missingFileNamesEveryPathTried() throws {
    let root = TemporaryFolder()
    root.write("assets/README.md", "# assets\n")
    let locator = AssetLocator(environment: [:], currentDirectory: root.path, executablePath: nil)
    expectDatasetError(.notFound, containing: ["'nope.csv'", "/work-here/nope.csv", "/assets/nope.csv"]) {
      _ = try locator.resolve("nope.csv", relativeTo: root.file("work-here"))
    }
    let lost = AssetLocator(environment: ["HOCSAU_ASSETS": "/no/such/folder"], currentDirectory: "/", executablePath: nil)
    expectDatasetError(.notFound, containing: ["/no/such/folder (from HOCSAU_ASSETS)", "HOCSAU_ASSETS"]) {
      _ = try lost.assetsFolder()
    }
  }
}

/// The repository's own assets (tests run from the package root, so the locator finds them).
@Suite struct BundledDataTests {
  @Test func bundledFashionMNISTSubset() throws {
    let (train, test) = try FashionMNIST.load(preferFull: false)
    #expect(train.shape == [10_000, 28, 28])
    #expect(test.shape == [2_000, 28, 28])
    #expect(train.pixels.count == 10_000 * 784)
    #expect(train.labelCounts(classCount: 10) == [Int](repeating: 1_000, count: 10))
    #expect(test.labelCounts(classCount: 10) == [Int](repeating: 200, count: 10))
    #expect(train.sources[0].hasSuffix("assets/fashion-mnist/train-images-idx3-ubyte.gz"))
  }

  @Test func fullFashionMNISTWhenDebianPackageIsInstalled() throws {
    let installed = FileManager.default.fileExists(atPath: FashionMNIST.debianFolder + "/train-images-idx3-ubyte.gz")
    let (train, test) = try FashionMNIST.load(locator: AssetLocator(environment: [:]))
    if installed {
      #expect(train.shape == [60_000, 28, 28])
      #expect(test.shape == [10_000, 28, 28])
      #expect(train.labelCounts(classCount: 10) == [Int](repeating: 6_000, count: 10))
    } else {
      #expect(train.count == 10_000)
    }
  }

  @Test func hocsauDataFolderIsUsedForTheFullSet() throws {
    // A tiny "full set" in HOCSAU_DATA: 3 train and 2 test images of 2x2.
    let data = TemporaryFolder()
    func idx(_ a: NumericArray, _ name: String) throws { try IDX.write(a, to: data.file(name), gzip: true) }
    try idx(NumericArray(shape: [3, 2, 2], elements: .uint8(Array(0..<12))), "train-images-idx3-ubyte.gz")
    try idx(NumericArray(shape: [3], elements: .uint8([4, 5, 6])), "train-labels-idx1-ubyte.gz")
    try idx(NumericArray(shape: [2, 2, 2], elements: .uint8(Array(0..<8))), "t10k-images-idx3-ubyte.gz")
    try idx(NumericArray(shape: [2], elements: .uint8([7, 8])), "t10k-labels-idx1-ubyte.gz")
    let (train, test) = try FashionMNIST.load(locator: AssetLocator(environment: ["HOCSAU_DATA": data.path]))
    #expect(train.labels == [4, 5, 6])
    #expect(test.shape == [2, 2, 2])
  }

  @Test func mismatchedLabelsAreAnError() throws {
    let data = TemporaryFolder()
    try IDX.write(NumericArray(shape: [3, 1, 1], elements: .uint8([1, 2, 3])), to: data.file("i.gz"), gzip: true)
    try IDX.write(NumericArray(shape: [2], elements: .uint8([1, 2])), to: data.file("l.gz"), gzip: true)
    expectDatasetError(.corrupt, containing: ["2 labels for 3 images"]) {
      _ = try FashionMNIST.loadPair(images: data.file("i.gz"), labels: data.file("l.gz"))
    }
  }

  // python3: rows of gzip.open('assets/digits/digits.csv.gz'); np.bincount(labels)
  //   -> 1797 [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]; first row starts 0,0,5,13,9,1,0,0
  @Test func bundledDigits() throws {
    let digits = try Digits.load(locator: AssetLocator(environment: [:]))
    #expect(digits.shape == [1_797, 8, 8])
    #expect(digits.labelCounts(classCount: 10) == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
    #expect(Array(digits.pixels.prefix(8)) == [0, 0, 5, 13, 9, 1, 0, 0])
    #expect(digits.labels.first == 0)
    #expect(digits.pixels.max() == 16)
  }

  @Test func digitsWithABadValueNameTheLine() throws {
    let row = (0..<64).map { _ in "0" } + ["3"]
    var bad = row
    bad[10] = "17"
    let table = try CSVTable.parse(row.joined(separator: ",") + "\n" + bad.joined(separator: ",") + "\n", source: "d.csv", hasHeader: false)
    expectDatasetError(.parse, containing: ["d.csv:2:11", "0…16"]) { _ = try Digits.parse(table) }
  }

  // Pixel values from the independent pure-Python decoder in assets/tools/make_photos.py:
  //   a = read_png('assets/images/camera.png'): a.sum() == 2114560, a[10,20] == 206, a[127,127] == 152, a[64,3] == 24
  //   c = read_png('assets/images/chelsea.png'): c.sum() == 3763552, c[40,60] == [79, 37, 22]
  @Test func bundledPhotos() throws {
    let camera = try SamplePhotos.load("camera")
    #expect(camera.shape == [128, 128, 1])
    #expect(camera.pixels.reduce(0) { $0 + Int($1) } == 2_114_560)
    #expect([camera[10, 20, 0], camera[127, 127, 0], camera[64, 3, 0]] == [206, 152, 24])
    let chelsea = try SamplePhotos.load("chelsea")
    #expect(chelsea.shape == [85, 128, 3])
    #expect(chelsea.pixels.reduce(0) { $0 + Int($1) } == 3_763_552)
    #expect([chelsea[40, 60, 0], chelsea[40, 60, 1], chelsea[40, 60, 2]] == [79, 37, 22])
    #expect(try SamplePhotos.load("coffee").shape == [85, 128, 3])
    expectDatasetError(.notFound, containing: ["'lena'", "camera, chelsea, coffee"]) { _ = try SamplePhotos.load("lena") }
  }

  // python3 -c "t = open('assets/text/alice.txt').read(); print(len(t), t.count('\\n'), len(set(t)))" -> 23146 465 69
  @Test func bundledText() throws {
    let text = try SampleText.load("alice")
    #expect(text.utf8.count == 23_146)
    #expect(text.filter { $0 == "\n" }.count == 465)
    #expect(Set(text).count == 69)
    #expect(text.trimmingCharacters(in: .whitespaces).hasPrefix("ALICE'S ADVENTURES IN WONDERLAND"))
  }
}
