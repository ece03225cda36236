// `plt`'s labels, limits, legend, scales, subplots and figures: the state around the charts.

import MiniPy
import Plot

extension PltFunctions {
  // MARK: - Labels, limits, legend, scales

  func text(_ args: Arguments, _ field: WritableKeyPath<Chart, String?>) throws -> Value {
    let value = try args.required(0, "label")
    let text = try labelText(value, args.interpreter)
    chartFigure.withChart { $0[keyPath: field] = text }
    return .str(text)
  }

  func suptitle(_ args: Arguments) throws -> Value {
    let text = try labelText(try args.required(0, "t"), args.interpreter)
    chartFigure.title = text
    return .str(text)
  }

  /// `xlim(a, b)`, `xlim((a, b))`, `xlim(left=a)`; returns the limits as a tuple.
  func limits(
    _ args: Arguments, _ field: WritableKeyPath<Chart, AxisLimits>, names: (String, String)
  ) throws -> Value {
    let interp = args.interpreter
    var lower: Value? = args.keyword(names.0) ?? args.keyword(names.0 == "left" ? "xmin" : "ymin")
    var upper: Value? = args.keyword(names.1) ?? args.keyword(names.1 == "right" ? "xmax" : "ymax")
    if args.count == 1 {
      let pair = try interp.iterate(args[0])
      guard pair.count == 2 else { throw PyException(.value, "limits must be a pair (low, high)") }
      lower = pair[0]
      upper = pair[1]
    } else if args.count == 2 {
      lower = args[0]
      upper = args[1]
    }
    func number(_ value: Value?) throws -> Double? {
      guard let value, !value.isNone else { return nil }
      return try interp.toDouble(value)
    }
    let low = try number(lower), high = try number(upper)
    return chartFigure.withChart { chart in
      if low != nil || high != nil {
        if let low { chart[keyPath: field].lower = low }
        if let high { chart[keyPath: field].upper = high }
      }
      let limits = chart[keyPath: field]
      return .tuple([
        limits.lower.map { .float($0) } ?? .none, limits.upper.map { .float($0) } ?? .none,
      ])
    }
  }

  /// `legend()`, `legend(['a', 'b'], loc='upper left')`: labels go to the lines, point sets
  /// and bars in the order they were drawn.
  func legend(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    var placement = LegendPlacement.best
    if let loc = args.keyword("loc") { placement = try PltColors.legendPlacement(loc) }
    var labels: [String]? = nil
    if args.count >= 1 {
      guard let names = PltValues.strings(args[0], interp) else {
        throw PyException(.type, "legend(): labels must be a list of strings")
      }
      labels = names
    }
    if args.count >= 2 { placement = try PltColors.legendPlacement(args[1]) }
    chartFigure.withChart { chart in
      chart.legend = placement
      guard let labels else { return }
      var next = 0
      for index in chart.layers.indices where next < labels.count {
        switch chart.layers[index] {
        case .line(var s):
          s.label = labels[next]
          chart.layers[index] = .line(s)
        case .scatter(var s):
          s.label = labels[next]
          if let classes = s.classes, Set(classes).count > 1 {
            // One name per class, as long as names last.
            let count = Set(classes).count
            s.classLabels = Array(labels[next..<min(labels.count, next + count)])
            next += max(0, min(count, labels.count - next) - 1)
          }
          chart.layers[index] = .scatter(s)
        case .bars(var s):
          s.label = labels[next]
          chart.layers[index] = .bars(s)
        case .histogram(var h):
          h.label = labels[next]
          chart.layers[index] = .histogram(h)
        case .reference(var r):
          r.label = labels[next]
          chart.layers[index] = .reference(r)
        default: continue
        }
        next += 1
      }
    }
    return .none
  }

  /// `grid()`, `grid(True)`, `grid(False)`.
  func grid(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    let value = try args.value(0, "visible") ?? args.keyword("b")
    chartFigure.withChart { chart in
      if let value, !value.isNone {
        chart.showsGrid = (try? interp.isTruthy(value)) ?? true
      } else {
        chart.showsGrid = args.keywords.isEmpty ? !chart.showsGrid : true
      }
    }
    return .none
  }

  /// `axis('off')`, `axis('on')`, `axis([xmin, xmax, ymin, ymax])`; `'equal'`, `'tight'` and
  /// the like are accepted (the layout is already tight, images already keep their aspect).
  func axis(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    guard args.count >= 1 else { return .none }
    switch args[0] {
    case .str(let mode):
      switch mode {
      case "off": chartFigure.withChart { $0.showsAxes = false }
      case "on": chartFigure.withChart { $0.showsAxes = true }
      case "equal", "scaled", "tight", "auto", "image", "square", "normal": break
      default: throw PyException(.value, "axis(): unknown option '\(mode)'")
      }
    case .bool(let on):
      chartFigure.withChart { $0.showsAxes = on }
    default:
      let limits = try PltValues.vector(args[0], interp, what: "axis()")
      guard limits.count == 4 else {
        throw PyException(.value, "axis() takes [xmin, xmax, ymin, ymax], got \(limits.count) values")
      }
      chartFigure.withChart { chart in
        chart.xLimits = AxisLimits(lower: limits[0], upper: limits[1])
        chart.yLimits = AxisLimits(lower: limits[2], upper: limits[3])
      }
    }
    return .none
  }

  func yscale(_ args: Arguments) throws -> Value {
    guard case .str(let name) = try args.required(0, "value") else {
      throw PyException(.type, "yscale() takes 'linear' or 'log'")
    }
    switch name {
    case "log": chartFigure.withChart { $0.yScale = .log }
    case "linear": chartFigure.withChart { $0.yScale = .linear }
    default: throw PyException(.notSupported, "not supported in MiniPy: yscale('\(name)')")
    }
    return .none
  }

  func xscale(_ args: Arguments) throws -> Value {
    guard case .str(let name) = try args.required(0, "value"), name == "linear" else {
      throw PyException(.notSupported, "not supported in MiniPy: a non-linear x scale")
    }
    return .none
  }

  // MARK: - Figures and subplots

  /// `subplot(rows, cols, index)` or `subplot(231)`: makes chart `index` (from 1) of a
  /// `rows × cols` grid current; returns its axes.
  func subplot(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    var rows: Int, columns: Int, index: Int
    if args.count == 1 {
      let code = try interp.toInt(args[0])
      guard code >= 111, code <= 999 else {
        throw PyException(.value, "subplot(): a single number must have 3 digits, like 121")
      }
      (rows, columns, index) = (code / 100, (code / 10) % 10, code % 10)
    } else if args.count == 3 {
      rows = try interp.toInt(args[0])
      columns = try interp.toInt(args[1])
      if case .tuple = args[2] {
        throw PyException(.notSupported, "not supported in MiniPy: subplots spanning several cells")
      }
      index = try interp.toInt(args[2])
    } else if args.count == 0 {
      (rows, columns, index) = (1, 1, 1)
    } else {
      throw PyException(.type, "subplot() takes (rows, cols, index) or a 3-digit number")
    }
    guard rows >= 1, columns >= 1, rows * columns <= 400 else {
      throw PyException(.value, "subplot(): a grid of \(rows)×\(columns) charts is not possible")
    }
    guard index >= 1, index <= rows * columns else {
      throw PyException(.value, "subplot(): index \(index) is outside 1…\(rows * columns)")
    }
    let figure = chartFigure
    figure.rows = rows
    figure.columns = columns
    figure.current = index - 1
    return .object(AxesObject(functions: self, figure: figure, slot: index - 1))
  }

  /// `fig, ax = subplots(rows, cols)`: a new figure; `ax` is one axes, a row of them, or a grid.
  func subplots(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    let rows = try args.value(0, "nrows").map { try interp.toInt($0) } ?? 1
    let columns = try args.value(1, "ncols").map { try interp.toInt($0) } ?? 1
    guard rows >= 1, columns >= 1, rows * columns <= 400 else {
      throw PyException(.value, "subplots(): a grid of \(rows)×\(columns) charts is not possible")
    }
    let figure = state.newFigure()
    figure.rows = rows
    figure.columns = columns
    let axes = (0..<(rows * columns)).map {
      AxesObject(functions: self, figure: figure, slot: $0)
    }
    let figureObject = Value.object(FigureObject(functions: self, figure: figure))
    if rows * columns == 1 { return .tuple([figureObject, .object(axes[0])]) }
    return .tuple([figureObject, .object(AxesArray(axes: axes, rows: rows, columns: columns))])
  }

  /// `figure(figsize=…)`: opens a new figure (the size is the host's to choose).
  func figure(_ args: Arguments) throws -> Value {
    let figure = state.newFigure()
    return .object(FigureObject(functions: self, figure: figure))
  }

  func show(_ args: Arguments) throws -> Value {
    state.show()
    return .none
  }

  func clf(_ args: Arguments) throws -> Value {
    let figure = chartFigure
    figure.charts = [:]
    figure.rows = 1
    figure.columns = 1
    figure.current = 0
    figure.title = nil
    return .none
  }

  func cla(_ args: Arguments) throws -> Value {
    chartFigure.withChart { $0 = Chart() }
    return .none
  }

  func close(_ args: Arguments) throws -> Value {
    if args.count >= 1, case .object(let o) = args[0], let f = o as? FigureObject {
      state.close(f.figure)
    } else if args.count >= 1, case .str("all") = args[0] {
      state.close(nil)
    } else if let index = state.currentIndex, index < state.figures.count {
      state.close(state.figures[index])
    }
    return .none
  }

  func gcf(_ args: Arguments) throws -> Value {
    .object(FigureObject(functions: self, figure: chartFigure))
  }

  func gca(_ args: Arguments) throws -> Value {
    let figure = chartFigure
    return .object(AxesObject(functions: self, figure: figure, slot: figure.current))
  }

  /// Runs `body` with `figure`'s chart `slot` current, then restores what was current.
  func on<T>(_ figure: FigureBuilder, slot: Int, _ body: () throws -> T) rethrows -> T {
    let previousIndex = state.currentIndex
    let previousSlot = figure.current
    if let index = state.figures.firstIndex(where: { $0 === figure }) {
      state.currentIndex = index
    } else {
      state.figures.append(figure)  // a figure shown already, drawn into again
      state.currentIndex = state.figures.count - 1
    }
    figure.current = slot
    defer {
      figure.current = previousSlot
      state.currentIndex = previousIndex
    }
    return try body()
  }
}
