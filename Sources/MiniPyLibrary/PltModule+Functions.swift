// The functions of `matplotlib.pyplot`, each a thin translation into `Plot`'s chart model.

import MiniPy
import Plot

extension PltModule {
  /// Builds the `matplotlib.pyplot` module over `state`.
  static func makeModule(state: PltState, interpreter: Interpreter) -> PyModule {
    let module = PyModule(name: "matplotlib.pyplot")
    let functions = PltFunctions(state: state)
    for (name, body) in functions.table { module.define(name, body) }
    ImageRead.define(in: module)  // plt.imread (ImageRead.swift, chapter 04)
    module.fallback = { name in
      throw PyException(
        .notSupported, "not supported in MiniPy: plt.\(name)",
        hint: "plt draws plot, scatter, imshow, hist, bar, contour and contourf")
    }
    return module
  }
}

/// The `plt.*` functions, by name. Axes and figure objects reuse them on their own chart.
final class PltFunctions {
  let state: PltState
  private(set) var table: [String: (Arguments) throws -> Value] = [:]

  init(state: PltState) {
    self.state = state
    table = [
      "plot": plot, "semilogy": semilogy, "scatter": scatter, "imshow": imshow, "hist": hist,
      "bar": bar, "contour": { [unowned self] in try self.contour($0, filled: false) },
      "contourf": { [unowned self] in try self.contour($0, filled: true) },
      "xlabel": { [unowned self] in try self.text($0, \.xLabel) },
      "ylabel": { [unowned self] in try self.text($0, \.yLabel) },
      "title": { [unowned self] in try self.text($0, \.title) },
      "suptitle": suptitle, "legend": legend,
      "xlim": { [unowned self] in try self.limits($0, \.xLimits, names: ("left", "right")) },
      "ylim": { [unowned self] in try self.limits($0, \.yLimits, names: ("bottom", "top")) },
      "axhline": { [unowned self] in try self.referenceLine($0, .horizontal) },
      "axvline": { [unowned self] in try self.referenceLine($0, .vertical) },
      "grid": grid, "axis": axis, "yscale": yscale, "xscale": xscale, "colorbar": colorbar,
      "subplot": subplot, "subplots": subplots, "figure": figure, "show": show, "clf": clf,
      "cla": cla, "close": close, "gcf": gcf, "gca": gca,
      // Layout and tick tweaks: our layout and ticks are automatic, so these are harmless.
      "tight_layout": noOp, "subplots_adjust": noOp, "xticks": noOp, "yticks": noOp,
      "margins": noOp, "ion": noOp, "ioff": noOp, "draw": noOp, "pause": noOp,
    ]
    table["savefig"] = { _ in
      throw PyException(
        .notSupported, "not supported in MiniPy: plt.savefig (figures are drawn as text)",
        hint: "use plt.show() to draw the figure")
    }
  }

  var chartFigure: FigureBuilder { state.current }

  func noOp(_ args: Arguments) throws -> Value { .none }

  // MARK: - plot

  /// `plot([x], y, [fmt], [x2], y2, [fmt2], …, label=, color=, linestyle=, marker=, …)`.
  func plot(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    try args.expectKeywords([
      "label", "color", "c", "linestyle", "ls", "linewidth", "lw", "marker", "markersize", "ms",
      "alpha", "zorder", "markerfacecolor", "markeredgecolor", "mfc", "mec", "drawstyle",
      "scalex", "scaley", "fillstyle", "antialiased", "dashes",
    ])
    var groups: [(x: PltArray?, y: PltArray, format: String?)] = []
    var i = 0
    let positional = args.positional
    while i < positional.count {
      guard PltValues.isData(positional[i]) else {
        throw PyException(.value, "plot(): a format string must follow the data it styles")
      }
      var x: PltArray? = nil
      var y = try PltValues.array(positional[i], interp, what: "plot()")
      i += 1
      if i < positional.count, PltValues.isData(positional[i]) {
        x = y
        y = try PltValues.array(positional[i], interp, what: "plot()")
        i += 1
      }
      var format: String? = nil
      if i < positional.count, case .str(let f) = positional[i] {
        format = f
        i += 1
      }
      groups.append((x, y, format))
    }
    let label = try args.keyword("label").map { try labelText($0, interp) }
    var keywordColor: PlotColor? = nil
    if let c = args.keyword("color") ?? args.keyword("c") {
      keywordColor = try PltColors.color(c, interp, what: "plot(color=)")
    }
    var keywordStyle: LineStyle? = nil
    if let ls = args.keyword("linestyle") ?? args.keyword("ls") {
      keywordStyle = try lineStyle(ls)
    }
    var keywordMarker: Marker? = nil
    if case .str(let m)? = args.keyword("marker"), let c = m.first, m.count == 1 {
      keywordMarker = PltColors.markers[c]
      if keywordMarker == nil {
        throw PyException(.value, "plot(): marker '\(m)' is not a marker MiniPy knows")
      }
    }
    var lines = 0
    try chartFigure.withChart { chart in
      for group in groups {
        let spec = try group.format.map(FormatSpec.parse) ?? FormatSpec()
        let color = keywordColor ?? spec.color
        let marker = keywordMarker ?? spec.marker
        let style = keywordStyle ?? spec.lineStyle
        let markersOnly = keywordStyle == nil && spec.markersOnly && keywordMarker == nil
        // y of shape (n, k): k lines over the same x.
        let ys: [[Double]] =
          group.y.rank == 2 ? (0..<group.y.shape[1]).map(group.y.column) : [group.y.values]
        let xs: [Double]? = group.x?.values
        if let xs, let first = ys.first, xs.count != first.count {
          throw PyException(
            .shape,
            "plot(): x and y must have the same first dimension, but have shapes "
              + "\(PltValues.describe(group.x!.shape)) and \(PltValues.describe(group.y.shape))")
        }
        for y in ys {
          chart.layers.append(
            .line(
              LineSeries(
                x: xs, y: y, label: label, color: color, style: style ?? (markersOnly ? nil : .solid),
                marker: marker, markersOnly: markersOnly)))
          lines += 1
        }
      }
    }
    return .list(PyList(Array(repeating: .none, count: lines)))
  }

  /// `semilogy(...)`: `plot(...)` on a log y axis.
  func semilogy(_ args: Arguments) throws -> Value {
    let result = try plot(args)
    chartFigure.withChart { $0.yScale = .log }
    return result
  }

  func lineStyle(_ value: Value) throws -> LineStyle? {
    guard case .str(let name) = value else {
      throw PyException(.type, "linestyle must be a string, not \(value.typeName)")
    }
    switch name {
    case "-", "solid": return .solid
    case "--", "dashed": return .dashed
    case ":", "dotted": return .dotted
    case "-.", "dashdot": return .dashDot
    case "", " ", "None", "none": return nil
    default: throw PyException(.value, "'\(name)' is not a valid value for linestyle")
    }
  }

  func labelText(_ value: Value, _ interp: Interpreter) throws -> String {
    if case .str(let s) = value { return s }
    return try interp.str(value)
  }

  /// `axhline(y=0, color=, linestyle=, label=)` and `axvline(x=0, …)`: a line across the plot.
  func referenceLine(_ args: Arguments, _ orientation: ReferenceLine.Orientation) throws -> Value {
    let interp = args.interpreter
    let name = orientation == .horizontal ? "y" : "x"
    try args.expectKeywords([
      name, "xmin", "xmax", "ymin", "ymax", "color", "c", "linestyle", "ls", "linewidth", "lw",
      "label", "alpha", "zorder",
    ])
    let value = try args.value(0, name).map { try interp.toDouble($0) } ?? 0
    var line = ReferenceLine(orientation, at: value, style: .solid)
    if let c = args.keyword("color") ?? args.keyword("c") {
      line.color = try PltColors.color(c, interp, what: "ax\(orientation == .horizontal ? "h" : "v")line(color=)")
    }
    if let ls = args.keyword("linestyle") ?? args.keyword("ls"), let style = try lineStyle(ls) {
      line.style = style
    }
    line.label = try args.keyword("label").map { try labelText($0, interp) }
    chartFigure.withChart { $0.layers.append(.reference(line)) }
    return .none
  }

  // MARK: - scatter

  /// `scatter(x, y, s=, c=, marker=, cmap=, alpha=, label=, edgecolors=, color=)`. A `c` of
  /// whole numbers (class labels such as `y`) gives each class its own marker and colour.
  func scatter(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    try args.expectKeywords([
      "x", "y", "s", "c", "marker", "cmap", "alpha", "label", "edgecolors", "edgecolor", "color",
      "linewidths", "linewidth", "vmin", "vmax", "zorder", "facecolors", "norm", "lw",
    ])
    try args.expectPositional(min: 2, max: 4)
    let x = try PltValues.vector(try args.required(0, "x"), interp, what: "scatter()")
    let y = try PltValues.vector(try args.required(1, "y"), interp, what: "scatter()")
    guard x.count == y.count else {
      throw PyException(.shape, "scatter(): x and y must be the same size, got \(x.count) and \(y.count)")
    }
    var series = ScatterSeries(x: x, y: y)
    series.label = try args.keyword("label").map { try labelText($0, interp) }
    if case .str(let m)? = try args.value(3, "marker") {
      guard let c = m.first, m.count == 1, let marker = PltColors.markers[c] else {
        throw PyException(.value, "scatter(): marker '\(m)' is not a marker MiniPy knows")
      }
      series.marker = marker
    }
    if let c = try args.value(2, "c") ?? args.keyword("color") {
      try applyColors(c, to: &series, interp)
    }
    chartFigure.withChart { $0.layers.append(.scatter(series)) }
    return .none
  }

  /// `c=`/`color=`: one colour, a colour per point, or a number per point (classes when the
  /// numbers are whole and few).
  private func applyColors(_ value: Value, to series: inout ScatterSeries, _ interp: Interpreter)
    throws
  {
    if case .str = value {
      series.color = try PltColors.color(value, interp, what: "scatter(c=)")
      return
    }
    if let names = PltValues.strings(value, interp) {
      // One colour name per point: the distinct colours become the classes.
      var order: [String] = []
      var classes: [Int] = []
      for name in names {
        if let k = order.firstIndex(of: name) {
          classes.append(k)
        } else {
          order.append(name)
          classes.append(order.count - 1)
        }
      }
      series.classes = classes
      series.classColors = try order.map {
        try PltColors.color(.str($0), interp, what: "scatter(c=)") ?? .gray
      }
      return
    }
    if case .tuple(let parts) = value, parts.count == 3 || parts.count == 4,
      parts.allSatisfy({ if case .float = $0 { return true } else { return false } })
    {
      series.color = try PltColors.color(value, interp, what: "scatter(c=)")
      return
    }
    let numbers = try PltValues.vector(value, interp, what: "scatter(c=)")
    if numbers.count == 1 { return }
    guard numbers.count == series.count else {
      throw PyException(
        .shape,
        "scatter(): 'c' has \(numbers.count) values but there are \(series.count) points")
    }
    let whole = numbers.allSatisfy { $0.isFinite && $0 == $0.rounded() && abs($0) < 1e6 }
    if whole && Set(numbers).count <= 12 {
      series.classes = numbers.map { Int($0) }
    } else {
      // Continuous values: split into four bands by value so they remain visible as classes.
      let finite = numbers.filter(\.isFinite)
      let low = finite.min() ?? 0, high = finite.max() ?? 1
      let span = high > low ? high - low : 1
      series.classes = numbers.map { $0.isFinite ? min(3, Int((($0 - low) / span) * 4)) : 0 }
      series.classLabels = (0..<4).map { band in
        let a = low + span * Double(band) / 4, b = low + span * Double(band + 1) / 4
        return "\(Ticks.compact(a))–\(Ticks.compact(b))"
      }
    }
  }

  // MARK: - imshow and colorbar

  /// `imshow(X, cmap=, vmin=, vmax=)`: X of shape (h, w), (h, w, 1), (h, w, 3) or (h, w, 4).
  func imshow(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    try args.expectKeywords([
      "X", "cmap", "vmin", "vmax", "interpolation", "aspect", "alpha", "origin", "extent",
      "norm", "resample", "filternorm",
    ])
    let array = try PltValues.array(try args.required(0, "X"), interp, what: "imshow()")
    var image: ImageData
    switch array.shape.count {
    case 2:
      image = ImageData(rows: array.shape[0], columns: array.shape[1], pixels: array.values)
      image.colormap = .viridis
    case 3 where array.shape[2] == 1:
      image = ImageData(rows: array.shape[0], columns: array.shape[1], pixels: array.values)
      image.colormap = .viridis
    case 3 where array.shape[2] == 3 || array.shape[2] == 4:
      let channels = array.shape[2]
      var rgb: [Double] = []
      rgb.reserveCapacity(array.count / channels * 3)
      for p in stride(from: 0, to: array.count, by: channels) {
        rgb += array.values[p..<(p + 3)]
      }
      image = ImageData(rows: array.shape[0], columns: array.shape[1], channels: 3, pixels: rgb)
    default:
      throw PyException(
        .shape, "imshow(): invalid shape \(PltValues.describe(array.shape)) for image data",
        hint: "an image is (height, width), (height, width, 3) or (height, width, 4)")
    }
    if case .str(let name)? = try args.value(1, "cmap") {
      image.colormap = try PltColors.colormap(name)
    }
    let vmin = try args.keyword("vmin").map { try interp.toDouble($0) }
    let vmax = try args.keyword("vmax").map { try interp.toDouble($0) }
    if vmin != nil || vmax != nil {
      let data = image.effectiveRange
      let low = vmin ?? data.lowerBound, high = vmax ?? data.upperBound
      image.valueRange = min(low, high)...max(low, high)
    }
    chartFigure.withChart { chart in
      chart.layers.removeAll { if case .image = $0 { return true } else { return false } }
      chart.layers.append(.image(image))
    }
    return .none
  }

  /// `colorbar()`: a value legend beside the current chart's image.
  func colorbar(_ args: Arguments) throws -> Value {
    chartFigure.withChart { chart in
      for index in chart.layers.indices {
        if case .image(var image) = chart.layers[index] {
          image.showsColorbar = true
          chart.layers[index] = .image(image)
        }
      }
    }
    return .none
  }

  // MARK: - hist and bar

  /// `hist(x, bins=10, range=, density=, color=, label=)`; returns `(counts, edges, None)`.
  func hist(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    try args.expectKeywords([
      "x", "bins", "range", "density", "color", "label", "alpha", "edgecolor", "ec",
      "histtype", "rwidth", "align", "orientation", "log", "weights", "linewidth", "facecolor",
    ])
    let values = try PltValues.vector(try args.required(0, "x"), interp, what: "hist()")
    var histogram = Histogram(values: values)
    if let bins = try args.value(1, "bins") {
      switch bins {
      case .int(let n):
        guard n >= 1 else { throw PyException(.value, "hist(): bins must be at least 1, got \(n)") }
        histogram.bins = n
      default:
        let edges = try PltValues.vector(bins, interp, what: "hist(bins=)")
        guard edges.count >= 2 else { throw PyException(.value, "hist(): bins needs at least 2 edges") }
        let width = (edges.last! - edges.first!) / Double(edges.count - 1)
        let even = zip(edges.dropFirst(), edges).allSatisfy { abs(($0 - $1) - width) <= 1e-9 * max(1, abs(width)) }
        guard even, width > 0 else {
          throw PyException(.notSupported, "not supported in MiniPy: hist() with unequal bins")
        }
        histogram.bins = edges.count - 1
        histogram.range = edges.first!...edges.last!
      }
    }
    if let range = try args.value(2, "range"), !range.isNone {
      let r = try PltValues.vector(range, interp, what: "hist(range=)")
      guard r.count == 2, r[0] < r[1] else { throw PyException(.value, "hist(): range must be (low, high) with low < high") }
      histogram.range = r[0]...r[1]
    }
    histogram.label = try args.keyword("label").map { try labelText($0, interp) }
    if let c = args.keyword("color") ?? args.keyword("facecolor") {
      histogram.color = try PltColors.color(c, interp, what: "hist(color=)")
    }
    let (edges, counts) = histogram.binned()
    let density = try args.keyword("density").map { try interp.isTruthy($0) } ?? false
    var heights = counts.map(Double.init)
    if density {
      let total = heights.reduce(0, +)
      let width = edges.count > 1 ? edges[1] - edges[0] : 1
      if total > 0 { heights = heights.map { $0 / (total * width) } }
      let bars = BarSeries(
        positions: (0..<counts.count).map { (edges[$0] + edges[$0 + 1]) / 2 }, heights: heights,
        width: width, label: histogram.label, color: histogram.color)
      chartFigure.withChart { $0.layers.append(.bars(bars)) }
    } else {
      chartFigure.withChart { $0.layers.append(.histogram(histogram)) }
    }
    return .tuple([
      .list(PyList(heights.map { .float($0) })), .list(PyList(edges.map { .float($0) })), .none,
    ])
  }

  /// `bar(x, height, width=0.8, color=, label=, tick_label=)`; `x` may be category names.
  func bar(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    try args.expectKeywords([
      "x", "height", "width", "bottom", "color", "label", "tick_label", "align", "edgecolor",
      "alpha", "linewidth", "yerr", "capsize",
    ])
    let xValue = try args.required(0, "x")
    let heights = try PltValues.vector(try args.required(1, "height"), interp, what: "bar()")
    var series = BarSeries(heights: heights)
    if let names = PltValues.strings(xValue, interp) {
      series.categories = names
    } else {
      let positions = try PltValues.vector(xValue, interp, what: "bar()")
      if positions.count == 1 && heights.count > 1 {
        series.positions = Array(repeating: positions[0], count: heights.count)
      } else {
        series.positions = positions
      }
    }
    guard (series.positions?.count ?? heights.count) == heights.count else {
      throw PyException(.shape, "bar(): x has \(series.positions!.count) values but height has \(heights.count)")
    }
    if let width = try args.value(2, "width") { series.width = try interp.toDouble(width) }
    if let names = try args.keyword("tick_label").flatMap({ PltValues.strings($0, interp) }) {
      series.categories = names
    }
    series.label = try args.keyword("label").map { try labelText($0, interp) }
    if let c = args.keyword("color"), case .str = c {
      series.color = try PltColors.color(c, interp, what: "bar(color=)")
    }
    chartFigure.withChart { $0.layers.append(.bars(series)) }
    return .none
  }

  // MARK: - contour and contourf (decision regions)

  /// `contourf([X, Y,] Z, levels=)` shades the regions between levels and draws the boundaries;
  /// `contour` draws the boundaries only. X and Y may be meshgrids or 1-D.
  func contour(_ args: Arguments, filled: Bool) throws -> Value {
    let interp = args.interpreter
    try args.expectKeywords([
      "levels", "colors", "cmap", "alpha", "linewidths", "linestyles", "extend", "zorder",
      "vmin", "vmax", "label",
    ])
    let name = filled ? "contourf()" : "contour()"
    try args.expectPositional(min: 1, max: 4)
    let z: PltArray
    var xs: [Double]
    var ys: [Double]
    var levelsValue = args.keyword("levels")
    if args.count >= 3 {
      let x = try PltValues.array(args[0], interp, what: name)
      let y = try PltValues.array(args[1], interp, what: name)
      z = try PltValues.array(args[2], interp, what: name)
      if args.count == 4 { levelsValue = args[3] }
      guard z.rank == 2 else { throw PyException(.shape, "\(name): Z must be 2-D, got shape \(PltValues.describe(z.shape))") }
      xs = x.rank == 2 ? Array(x.values.prefix(x.shape[1])) : x.values
      ys = y.rank == 2 ? y.column(0) : y.values
    } else {
      z = try PltValues.array(args[0], interp, what: name)
      if args.count == 2 { levelsValue = args[1] }
      guard z.rank == 2 else { throw PyException(.shape, "\(name): Z must be 2-D, got shape \(PltValues.describe(z.shape))") }
      xs = (0..<z.shape[1]).map(Double.init)
      ys = (0..<z.shape[0]).map(Double.init)
    }
    guard xs.count == z.shape[1], ys.count == z.shape[0] else {
      throw PyException(
        .shape,
        "\(name): the shapes of X (\(xs.count) columns) and Y (\(ys.count) rows) do not match Z \(PltValues.describe(z.shape))")
    }
    let finite = z.values.filter(\.isFinite)
    let low = finite.min() ?? 0, high = finite.max() ?? 1
    var levels: [Double]
    var explicitLevels = false
    if let levelsValue, case .int(let n) = levelsValue {
      levels = Ticks.linear(lower: low, upper: high, target: max(1, n))
    } else if let levelsValue {
      levels = try PltValues.vector(levelsValue, interp, what: "\(name) levels")
      explicitLevels = true
    } else {
      let distinct = Array(Set(finite)).sorted()
      if distinct.count <= 10 && distinct.allSatisfy({ $0 == $0.rounded() }) {
        // Class labels (a decision function's predictions): boundaries between classes.
        levels = zip(distinct, distinct.dropFirst()).map { ($0 + $1) / 2 }
      } else {
        levels = Ticks.linear(lower: low, upper: high, target: 5)
      }
    }
    // Levels at or outside the data's ends split nothing. But a level the caller gave still
    // says which side a filled map lies on: all values ≥ 0.5 with levels=[0.5] is all "above".
    if !(filled && explicitLevels) { levels = levels.filter { $0 > low && $0 <= high } }
    if levels.isEmpty && !filled { return .none }
    let map = RegionMap(
      x: xs, y: ys, values: z.values, levels: levels, fills: filled, drawsBoundaries: true)
    chartFigure.withChart { $0.layers.insert(.regions(map), at: 0) }
    return .none
  }
}
