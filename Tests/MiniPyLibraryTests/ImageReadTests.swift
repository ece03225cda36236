import Foundation
import MiniPy
import Testing

@testable import MiniPyLibrary

// The repository's folders, from this file's place in it.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
private let assets = repository.appendingPathComponent("assets")

/// Runs `source` with the standard library, the working folder `folder` and `assets/` searched
/// after it; returns what it printed.
private func run(_ source: String, in folder: URL = repository.appendingPathComponent("chapters"), search: [URL] = [assets]) throws(Diagnostic) -> String {
  var printed = ""
  let interp = Interpreter(workingDirectory: folder) { printed += $0 }
  StandardLibrary.install(in: interp)
  interp.searchDirectories = search
  _ = try interp.run(source: "import numpy as np\nimport matplotlib.pyplot as plt\n" + source, fileName: "<test>")
  return printed
}

private func diagnostic(_ source: String, in folder: URL) -> Diagnostic? {
  do {
    _ = try run(source, in: folder, search: [])
    return nil
  } catch {
    return error
  }
}

@Suite struct ImageReadTests {
  // Reference numbers: matplotlib's rule (uint8 / 255 as float32) applied by the independent
  // PNG reader in chapters/tools/run_with_cpython.py (zlib + unfiltering in Python), e.g.
  //   a = imread_png('images/coffee.png'); a.shape, a.dtype, a[0, 0] * 255, a[-1, -1] * 255,
  //   float(a.astype(np.float64).sum())
  // The float64 sum of these float32 values is exact in any order (< 2^14, steps ≥ 2^-31).
  @Test func rgbPhotographs() throws {
    let out = try run(
      """
      for name in ['coffee', 'chelsea']:
          a = plt.imread('images/' + name + '.png')
          print(a.shape, a.dtype, float(a.min()) >= 0, float(a.max()) <= 1)
          print([int(round(float(v) * 255)) for v in a[0, 0]], [int(round(float(v) * 255)) for v in a[-1, -1]])
          print(float(a.astype(np.float64).sum()))
      """)
    #expect(
      out == """
        (85, 128, 3) float32 True True
        [21, 13, 8] [156, 73, 34]
        12623.28264452843
        (85, 128, 3) float32 True True
        [145, 122, 107] [167, 143, 134]
        14759.027877221815

        """)
  }

  @Test func grayPhotographIsTwoDimensional() throws {
    let out = try run(
      """
      c = plt.imread('images/camera.png')
      print(c.shape, c.dtype, c.ndim)
      print(float(c[0, 0]) == float(np.float32(200) / np.float32(255)), int(round(float(c[-1, -1]) * 255)))
      print(float(c.astype(np.float64).sum()))
      print(float(c.min()), float(c.max()))
      """)
    // 0.011764706 = 3/255 and 0.99215686 = 253/255 as float32, printed as float64.
    #expect(
      out == """
        (128, 128) float32 2
        True 152
        8292.392367808148
        0.0117647061124444 0.9921568632125854

        """)
  }

  // A 2×2 gray + alpha PNG made with Python's zlib (pixels (10, 255) (200, 128) / (0, 0)
  // (255, 7)); matplotlib returns gray + alpha as RGBA.
  @Test func grayWithAlphaBecomesRGBA() throws {
    let bytes: [UInt8] = [
      137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 2, 0, 0, 0, 2, 8, 4, 0, 0, 0,
      216, 191, 197, 175, 0, 0, 0, 18, 73, 68, 65, 84, 120, 156, 99, 224, 250, 127, 162, 129, 129, 129,
      225, 63, 59, 0, 18, 217, 3, 88, 2, 184, 209, 114, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
    ]
    let folder = try temporaryFolder()
    try Data(bytes).write(to: folder.appendingPathComponent("la.png"))
    let out = try run("a = plt.imread('la.png')\nprint(a.shape)\nprint((a * 255).round().astype(int).tolist())", in: folder)
    #expect(out == "(2, 2, 4)\n[[[10, 10, 10, 255], [200, 200, 200, 128]], [[0, 0, 0, 0], [255, 255, 255, 7]]]\n")
  }

  // matplotlib reads non-PNG files through Pillow as uint8; MiniPy gives whole numbers (int64).
  @Test func pgmAndPpmGiveWholeNumbers() throws {
    let folder = try temporaryFolder()
    try Data(Array("P5 3 2 255\n".utf8) + [0, 128, 255, 1, 2, 3]).write(to: folder.appendingPathComponent("g.pgm"))
    try Data(Array("P6 1 2 255\n".utf8) + [255, 0, 0, 9, 8, 7]).write(to: folder.appendingPathComponent("c.ppm"))
    let out = try run("g = plt.imread('g.pgm')\nprint(g.shape, g.dtype, g.tolist())\nc = plt.imread('c.ppm')\nprint(c.shape, c.tolist())", in: folder)
    #expect(out == "(2, 3) int64 [[0, 128, 255], [1, 2, 3]]\n(2, 1, 3) [[[255, 0, 0]], [[9, 8, 7]]]\n")
  }

  @Test func theWorkingFolderComesBeforeAssets() throws {
    let folder = try temporaryFolder()
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
    try Data(Array("P5 1 1 255\n".utf8) + [42]).write(to: folder.appendingPathComponent("images/camera.png"))
    // A PGM saved under a .png name: the contents decide, and the working folder's file wins.
    var printed = ""
    let interp = Interpreter(workingDirectory: folder) { printed += $0 }
    StandardLibrary.install(in: interp)
    interp.searchDirectories = [assets]
    _ = try interp.run(source: "import matplotlib.pyplot as plt\nprint(plt.imread('images/camera.png').tolist())", fileName: "<test>")
    #expect(printed == "[[42]]\n")
  }

  @Test func missingFilesAndBadFilesSayWhat() throws {
    let folder = try temporaryFolder()
    try Data("hello".utf8).write(to: folder.appendingPathComponent("notes.png"))
    let missing = diagnostic("plt.imread('no_such_picture.png')", in: folder)
    #expect(missing?.pythonClassName == "FileNotFoundError")
    #expect(missing?.message.contains("no_such_picture.png") == true)
    let bad = diagnostic("plt.imread('notes.png')", in: folder)
    #expect(bad?.kind == .value)
    #expect(bad?.message.contains("cannot read 'notes.png'") == true)
    let format = diagnostic("plt.imread('notes.png', format='jpg')", in: folder)
    #expect(format?.message.contains("not supported in MiniPy") == true)
    let noName = diagnostic("plt.imread()", in: folder)
    #expect(noName?.message.contains("missing required argument 'fname'") == true)
  }
}

private func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("imread-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
