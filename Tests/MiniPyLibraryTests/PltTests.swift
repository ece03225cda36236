import Datasets
import Foundation
import MiniPy
import Plot
import Testing

@testable import MiniPyLibrary

// MARK: - plt: MiniPy scripts that plot, compared with golden text

/// Runs a script from `PltScripts/` with the standard library, figures printed as text at 80
/// columns in `glyphs`; returns everything printed (or the error, rendered).
func runPltScript(_ name: String, glyphs: GlyphSet) throws -> String {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("PltScripts")
  let url = directory.appendingPathComponent(name + ".py")
  let source = try String(contentsOf: url, encoding: .utf8)
  var output = ""
  let interp = Interpreter(workingDirectory: directory) { output += $0 }
  interp.limits.wallTime = 30
  StandardLibrary.install(
    in: interp, figureSink: PltModule.textSink(for: interp, width: 80, glyphs: glyphs))
  do {
    _ = try interp.run(source: source, fileName: name + ".py")
  } catch {
    output += "ERROR: \(error.pythonClassName): \(error.message) (line \(error.range.line))\n"
  }
  return output
}

/// Compares `text` with `PltScripts/<file>`; `UPDATE_GOLDENS=1` rewrites it.
func expectPltGolden(_ text: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("PltScripts").appendingPathComponent(file)
  if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
    try? text.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record("missing golden \(file); run with UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
    return
  }
  if expected != text {
    let got = text.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
    Issue.record(
      """
      \(file) differs at line \(line + 1):
        got:  \(line < got.count ? String(got[line]) : "<end>")
        want: \(line < want.count ? String(want[line]) : "<end>")
      """, sourceLocation: sourceLocation)
  }
}

let pltScripts = [
  "gradient_descent", "house_prices", "loss_curves", "loan_boundaries", "xor_regions", "images",
  "hist_bar", "numpy_figures",
]

@Test(arguments: pltScripts)
func pltScriptMatchesGoldens(name: String) throws {
  expectPltGolden(try runPltScript(name, glyphs: .brailleMono), file: name + ".txt")
  expectPltGolden(try runPltScript(name, glyphs: .ascii), file: name + ".ascii.txt")
}

// MARK: - What plt builds (the Figure model, not its drawing)

/// Runs `source` and returns the figures `show()` emitted.
func figures(of source: String) throws -> [Figure] {
  var shown: [Figure] = []
  let interp = Interpreter()
  StandardLibrary.install(in: interp, figureSink: { shown.append($0) })
  _ = try interp.run(source: "import matplotlib.pyplot as plt\n" + source, fileName: "test.py")
  return shown
}

@Test func plotWithFormatStringsBuildsStyledSeries() throws {
  let shown = try figures(of: """
    plt.plot([1, 2, 3])
    plt.plot([0, 1, 2], [3, 1, 2], 'g--', label='b')
    plt.plot([0, 1], [1, 1], 'bo')
    plt.show()
    plt.show()
    """)
  #expect(shown.count == 1)  // a second show() with nothing drawn emits nothing
  let layers = shown[0].charts[0].layers
  guard layers.count == 3, case .line(let a) = layers[0], case .line(let b) = layers[1],
    case .line(let c) = layers[2]
  else {
    Issue.record("expected three lines, got \(layers)")
    return
  }
  #expect(a.x == nil && a.y == [1, 2, 3] && a.color == nil && a.style == .solid)
  #expect(b.x == [0, 1, 2] && b.color == .green && b.style == .dashed && b.label == "b")
  #expect(c.marker == .circle && c.markersOnly && c.color == .blue)
}

@Test func formatStringsParseLikeMatplotlib() throws {
  #expect(try FormatSpec.parse("r") == FormatSpec(color: .red))
  #expect(try FormatSpec.parse("g--") == FormatSpec(color: .green, lineStyle: .dashed))
  #expect(try FormatSpec.parse("bo") == FormatSpec(color: .blue, marker: .circle))
  #expect(try FormatSpec.parse("r-") == FormatSpec(color: .red, lineStyle: .solid))
  #expect(try FormatSpec.parse("x:") == FormatSpec(marker: .cross, lineStyle: .dotted))
  #expect(try FormatSpec.parse("-.C1") == FormatSpec(color: PlotColor.cycle[1], lineStyle: .dashDot))
  #expect(throws: PyException.self) { try FormatSpec.parse("rg") }
  #expect(throws: PyException.self) { try FormatSpec.parse("q") }
}

@Test func subplotsLayChartsSideBySide() throws {
  let shown = try figures(of: """
    plt.subplot(1, 2, 1)
    plt.plot([1, 2])
    plt.title('left')
    plt.subplot(122)
    plt.scatter([1, 2], [3, 4], c=[0, 1])
    plt.title('right')
    plt.show()
    fig, axes = plt.subplots(2, 2)
    axes[1, 0].plot([1, 2, 3])
    axes[0][1].set_title('b')
    for ax in axes.flat:
        ax.set_xlabel('x')
    plt.show()
    """)
  #expect(shown.count == 2)
  #expect(shown[0].rows == 1 && shown[0].columns == 2)
  #expect(shown[0].chart(at: 0)?.title == "left" && shown[0].chart(at: 1)?.title == "right")
  guard case .scatter(let s)? = shown[0].chart(at: 1)?.layers.first else {
    Issue.record("expected a scatter on the right")
    return
  }
  #expect(s.classes == [0, 1])
  #expect(shown[1].rows == 2 && shown[1].columns == 2)
  #expect(shown[1].chart(at: 1)?.title == "b")
  #expect(shown[1].chart(at: 2)?.layers.count == 1)
  #expect((0..<4).allSatisfy { shown[1].chart(at: $0)?.xLabel == "x" })
}

@Test func limitsLegendGridAxisAndScale() throws {
  let shown = try figures(of: """
    plt.plot([1, 10, 100], label='loss')
    plt.xlim(0, 5)
    plt.ylim((1, None))
    print(plt.xlim())
    plt.legend(['training'], loc='lower left')
    plt.grid(True)
    plt.yscale('log')
    plt.axis('off')
    plt.show()
    """)
  let chart = shown[0].charts[0]
  #expect(chart.xLimits == AxisLimits(lower: 0, upper: 5))
  #expect(chart.yLimits == AxisLimits(lower: 1, upper: nil))
  #expect(chart.legend == .lowerLeft && chart.showsGrid && chart.yScale == .log && !chart.showsAxes)
  guard case .line(let line)? = chart.layers.first else { return }
  #expect(line.label == "training")
}

@Test func imshowTakesGrayAndRGBImages() throws {
  let shown = try figures(of: """
    plt.imshow([[0, 128], [255, 64]], cmap='gray')
    plt.colorbar()
    plt.show()
    plt.imshow([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
    plt.show()
    """)
  guard case .image(let gray)? = shown[0].charts[0].layers.first,
    case .image(let rgb)? = shown[1].charts[0].layers.first
  else {
    Issue.record("expected two images")
    return
  }
  #expect(gray.rows == 2 && gray.columns == 2 && gray.channels == 1 && gray.colormap == .gray)
  #expect(gray.showsColorbar && gray.pixels == [0, 128, 255, 64])
  #expect(rgb.rows == 1 && rgb.columns == 2 && rgb.channels == 3)
}

@Test func badArgumentsAreDiagnosticsNotCrashes() throws {
  let cases: [(String, String)] = [
    ("plt.plot([1, 2, 3], [1, 2])", "x and y must have the same first dimension"),
    ("plt.scatter([1, 2], [1])", "x and y must be the same size"),
    ("plt.imshow([1, 2, 3])", "invalid shape (3,) for image data"),
    ("plt.imshow([[1, 2], [3]])", "rows of different lengths"),
    ("plt.plot(['a', 'b'])", "expected numbers or an array, got str"),
    ("plt.subplot(2, 2, 5)", "index 5 is outside 1…4"),
    ("plt.legend(loc='middle')", "'middle' is not a valid value for loc"),
    ("plt.imshow([[1]], cmap='nope')", "cmap='nope' is not available"),
    ("plt.pie([1, 2])", "not supported in MiniPy: plt.pie"),
    ("plt.savefig('a.png')", "not supported in MiniPy: plt.savefig"),
    ("plt.plot([1], color='blurple')", "'blurple' is not a colour MiniPy knows"),
  ]
  for (source, message) in cases {
    do {
      _ = try figures(of: source)
      Issue.record("\(source): expected an error containing '\(message)'")
    } catch let error as Diagnostic {
      #expect(error.message.contains(message), "\(source): got '\(error.message)'")
    } catch {
      Issue.record("\(source): unexpected error \(error)")
    }
  }
}

// MARK: - Fashion-MNIST images from the bundled subset

@Test func fashionMNISTGridMatchesGoldens() throws {
  let data = try FashionMNIST.load(
    locator: AssetLocator(
      currentDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().path),
    preferFull: false
  ).train
  let height = data.height, width = data.width
  // The first ten images as nested lists of 0…255, their labels, the class names.
  var images: [Value] = []
  for k in 0..<10 {
    var rows: [Value] = []
    for r in 0..<height {
      let start = (k * height + r) * width
      let row: [Value] = data.pixels[start..<(start + width)].map { Value.int(Int($0)) }
      rows.append(.list(PyList(row)))
    }
    images.append(.list(PyList(rows)))
  }
  for glyphs in [GlyphSet.brailleMono, .ascii] {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("PltScripts")
    let source = try String(
      contentsOf: directory.appendingPathComponent("fashion_mnist.py"), encoding: .utf8)
    var output = ""
    let interp = Interpreter(workingDirectory: directory) { output += $0 }
    StandardLibrary.install(
      in: interp, figureSink: PltModule.textSink(for: interp, width: 80, glyphs: glyphs))
    interp.setGlobal("x_train", .list(PyList(images)))
    interp.setGlobal("y_train", .list(PyList(data.labels.prefix(10).map { .int($0) })))
    interp.setGlobal("class_names", .list(PyList(FashionMNIST.classNames.map { .str($0) })))
    _ = try interp.run(source: source, fileName: "fashion_mnist.py")
    expectPltGolden(output, file: glyphs == .ascii ? "fashion_mnist.ascii.txt" : "fashion_mnist.txt")
  }
}

/// Found by chapter 03: an untrained XOR network answers ≥ 0.5 everywhere, and
/// `contourf(x, y, p, levels=[0.5])` must then put the whole square on the upper side of 0.5
/// (shaded as "≥ 0.5"), not drop the level and leave it all looking "< 0.5".
@Test func contourfWithAnExplicitLevelBelowAllTheDataShadesEverythingAbove() throws {
  let shown = try figures(of: """
    import numpy as np
    g = np.linspace(0.0, 1.0, 11)
    z = 0.6 + np.zeros((11, 11)) + 0.01 * g.reshape(1, -1)
    plt.contourf(g, g, z, levels=[0.5])
    plt.show()
    plt.contourf(g, g, z - 0.5, levels=[0.5])
    plt.show()
    plt.contourf(g, g, z - 0.05 - 0.1 * g.reshape(-1, 1), levels=[0.5])
    plt.show()
    """)
  try #require(shown.count == 3)
  func regions(_ figure: Figure) -> Set<Int>? {
    guard case .regions(let map)? = figure.charts.first?.layers.first else { return nil }
    // The region of a value: how many levels lie at or below it.
    return Set(map.values.map { v in map.levels.filter { $0 <= v }.count })
  }
  #expect(regions(shown[0]) == [1], "all values ≥ 0.5: every cell above the level")
  #expect(regions(shown[1]) == [0], "all values < 0.5: every cell below the level")
  #expect(regions(shown[2]) == [0, 1], "values on both sides")
}
