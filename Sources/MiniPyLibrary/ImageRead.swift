// `plt.imread(fname, format=None)`: image files as arrays, with matplotlib's conventions.

import Datasets
import Foundation
import MiniPy
import TensorCore

/// `matplotlib.pyplot.imread` for MiniPy.
///
/// - PNG: `float32` in [0, 1] (the 8-bit values divided by 255), shape `(H, W)` for gray,
///   `(H, W, 3)` for RGB, `(H, W, 4)` for RGBA; gray + alpha becomes RGBA and palette images
///   RGB(A), as matplotlib does. 16-bit PNGs keep their high byte (so values are multiples of
///   1/255, not 1/65535).
/// - PGM/PPM (matplotlib reads these through Pillow, as `uint8`): whole numbers 0…255 as `int64`
///   (MiniPy has no `uint8`), shape `(H, W)` or `(H, W, 3)`.
///
/// The path is looked up in the working folder, then the session's search folders
/// (`Interpreter.searchDirectories`, the chapters' `assets/`), then hocsau's own `assets/`
/// folder (`AssetLocator`). A missing file raises `FileNotFoundError` naming the path; a file
/// that is not a readable image raises `ValueError` saying why.
enum ImageRead {
  /// Adds `imread` to the `matplotlib.pyplot` module.
  static func define(in module: PyModule) {
    module.define("imread", doc: "imread(fname): read a PNG (floats in [0, 1]) or PGM/PPM image into an array") {
      try imread($0)
    }
  }

  static func imread(_ args: Arguments) throws -> Value {
    var args = args
    args.functionName = "imread"
    try args.expectPositional(min: 0, max: 2)
    try args.expectKeywords(["fname", "format"])
    let interp = args.interpreter
    let name = try args.string(0, "fname")
    if let format = try args.value(1, "format"), !format.isNone {
      guard case .str(let f) = format, ["png", "pgm", "ppm", "pnm"].contains(f.lowercased()) else {
        throw PyException(
          .notSupported, "not supported in MiniPy: plt.imread(format=\(format.typeName == "str" ? "'\(try interp.str(format))'" : format.typeName)); MiniPy reads PNG, PGM and PPM files")
      }
    }
    let path = try resolve(name, interp)
    let image: Image
    do {
      image = try Image.read(path: path)
    } catch {
      throw PyException(.value, "imread(): cannot read '\(name)': \(error.message)")
    }
    let isPNG = (FileManager.default.contents(atPath: path)?.prefix(8)).map { Array($0) == pngSignature } ?? false
    let tensor = makeTensor(image, isPNG: isPNG)
    return try NumPyConvert.wrap(tensor, interp)
  }

  static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  /// The file to read: working folder, search folders, then hocsau's assets folder.
  static func resolve(_ name: String, _ interp: Interpreter) throws -> String {
    do {
      return try interp.resolvePath(name, forWriting: false).path
    } catch let notFound as PyException {
      guard !name.hasPrefix("/"), let assets = try? AssetLocator.default.assetsFolder() else { throw notFound }
      let candidate = URL(fileURLWithPath: assets).appendingPathComponent(name).standardizedFileURL.path
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue else {
        throw notFound
      }
      return candidate
    }
  }

  /// `image` as matplotlib would return it (see the type's documentation).
  static func makeTensor(_ image: Image, isPNG: Bool) -> Tensor {
    let h = image.height, w = image.width
    // Gray + alpha: matplotlib (through Pillow) converts "LA" to RGBA.
    var source = image
    if image.channels == 2 {
      var rgba = [UInt8](repeating: 0, count: h * w * 4)
      for i in 0..<(h * w) {
        let g = image.pixels[2 * i], a = image.pixels[2 * i + 1]
        rgba[4 * i] = g
        rgba[4 * i + 1] = g
        rgba[4 * i + 2] = g
        rgba[4 * i + 3] = a
      }
      source = Image(width: w, height: h, channels: 4, pixels: rgba)
    }
    let shape = source.channels == 1 ? [h, w] : [h, w, source.channels]
    if isPNG {
      let scale: Float = 255
      return Tensor(source.pixels.map { Float($0) / scale }, shape: shape)
    }
    return Tensor(source.pixels.map { Int($0) }, shape: shape)
  }
}
