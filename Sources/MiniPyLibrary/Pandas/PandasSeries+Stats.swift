// Series reductions and summaries (`mean sum min max std var count median describe
// value_counts unique nunique`) and arithmetic/comparisons, which go through NumPy's operators
// so dtypes promote as pandas' (NumPy's) do.

import Foundation
import MiniPy
import TensorCore

extension Series {
  // MARK: - Reductions

  func statistic(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    switch name {
    case "count": return .object(NumPyScalar(.int(Series.nonMissingCount(column)), dtype: .int64))
    case "nunique":
      switch column {
      case .int(let v): return .int(Set(v).count)
      case .float(let v): return .int(Set(v.filter { !$0.isNaN }).count)
      case .text(let v): return .int(Set(v.map(CodePointString.init)).count)
      case .bool(let v): return .int(Set(v).count)
      case .object: throw NumPyError.notSupported("nunique of an object Series")
      }
    case "unique":
      switch column {
      case .int(let v): return try NumPyConvert.wrap(Tensor(Series.firstAppearances(v)), interp)
      case .bool(let v): return try NumPyConvert.wrap(Tensor(Series.firstAppearances(v)), interp)
      case .text(let v): return .object(PandasStringArray(Series.firstAppearances(v.map(CodePointString.init)).map(\.string)))
      case .float, .object: throw NumPyError.notSupported("unique of a \(column.dtypeName) Series")
      }
    case "value_counts": return .object(try valueCounts(args))
    case "describe": return .object(try describe(interp))
    case "median": return try Series.quantile(0.5, of: try numbers(for: name)).map { .object(NumPyScalar(.float($0), dtype: .float64)) } ?? .float(.nan)
    case "mean", "sum", "max", "min", "std", "var":
      if args.count > 0 || !args.keywords.isEmpty { throw NumPyError.notSupported("arguments to Series.\(name)()") }
      return try Series.reduce(name, column, interp)
    default: return nil
    }
  }

  /// The numbers of a numeric Series without its NaNs.
  func numbers(for method: String) throws -> [Double] {
    guard let d = column.doubles else {
      throw NumPyError.notSupported("Series.\(method)() of a \(column.dtypeName) Series")
    }
    return d.filter { !$0.isNaN }
  }

  static func nonMissingCount(_ column: Column) -> Int {
    if case .float(let v) = column { return v.reduce(0) { $1.isNaN ? $0 : $0 + 1 } }
    return column.count
  }

  static func firstAppearances<T: Hashable>(_ v: [T]) -> [T] {
    var seen = Set<T>()
    return v.filter { seen.insert($0).inserted }
  }

  /// `mean sum max min std var` of one numeric column, NaNs skipped, as NumPy scalars (std and var
  /// with ddof = 1, as pandas).
  static func reduce(_ name: String, _ column: Column, _ interp: Interpreter) throws -> Value {
    let t: Tensor
    switch column {
    case .int(let v): t = Tensor(v)
    case .float(let v): t = Tensor(v.filter { !$0.isNaN })
    case .bool(let v) where name == "sum" || name == "mean": t = Tensor(v.map { $0 ? 1 : 0 })
    default: throw NumPyError.notSupported("Series.\(name)() of a \(column.dtypeName) Series")
    }
    if t.count == 0 {
      if name == "sum" { return column.dtypeName == "float64" ? .object(NumPyScalar(.float(0), dtype: .float64)) : .object(NumPyScalar(.int(0), dtype: .int64)) }
      return .object(NumPyScalar(.float(.nan), dtype: .float64))
    }
    if (name == "std" || name == "var") && t.count < 2 { return .object(NumPyScalar(.float(.nan), dtype: .float64)) }
    let kind = NumPyFunctions.Reduction(rawValue: name)!
    return try NumPyFunctions.reduce(kind, t, axis: nil, keepdims: false, ddof: name == "std" || name == "var" ? 1 : 0, interp)
  }

  /// NumPy's (and pandas') linear-interpolation quantile of `values`; nil when empty.
  static func quantile(_ q: Double, of values: [Double]) throws -> Double? {
    guard !values.isEmpty else { return nil }
    let a = values.sorted()
    let position = q * Double(a.count - 1)
    let lo = Int(position.rounded(.down)), hi = min(lo + 1, a.count - 1)
    let t = position - Double(lo)
    let diff = a[hi] - a[lo]
    // NumPy's _lerp: from the nearer end, for symmetry.
    return t >= 0.5 ? a[hi] - diff * (1 - t) : a[lo] + diff * t
  }

  // MARK: - Summaries

  func describe(_ interp: Interpreter) throws -> Series {
    let statLabels = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"].map { Label.str($0) }
    switch column {
    case .int, .float:
      let values = try numbers(for: "describe")
      func scalar(_ v: Value) -> Double {
        if case .object(let o) = v, let d = try? o.asDouble(interp) { return d }
        return .nan
      }
      let asFloat = Column.float(values)
      // min and max through NumPy's reductions, so signed zeros come out as NumPy's do.
      let extreme = { (name: String) in values.isEmpty ? Double.nan : scalar(try Series.reduce(name, asFloat, interp)) }
      let stats: [Double] = [
        Double(values.count),
        scalar(try Series.reduce("mean", asFloat, interp)),
        scalar(try Series.reduce("std", asFloat, interp)),
        try extreme("min"),
        try Series.quantile(0.25, of: values) ?? .nan,
        try Series.quantile(0.5, of: values) ?? .nan,
        try Series.quantile(0.75, of: values) ?? .nan,
        try extreme("max"),
      ]
      return Series(column: .float(stats), labels: statLabels, name: name)
    case .text(let v):
      let counts = Series.counted(v.map(CodePointString.init))
      var cells: [Cell] = [.int(v.count), .int(counts.count)]
      if let top = counts.first { cells += [.text(top.value.string), .int(top.count)] } else { cells += [.float(.nan), .float(.nan)] }
      return Series(column: .object(cells), labels: ["count", "unique", "top", "freq"].map { .str($0) }, name: name)
    default: throw NumPyError.notSupported("describe() of a \(column.dtypeName) Series")
    }
  }

  /// Values with their counts, most frequent first, ties in order of first appearance (pandas 3).
  static func counted<T: Hashable>(_ v: [T]) -> [(value: T, count: Int)] {
    var counts: [T: Int] = [:]
    for x in v { counts[x, default: 0] += 1 }
    let order = firstAppearances(v)
    return order.enumerated()
      .sorted { (a, b) in counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset }
      .map { ($0.element, counts[$0.element]!) }
  }

  func valueCounts(_ args: Arguments) throws -> Series {
    if args.count > 0 || !args.keywords.isEmpty { throw NumPyError.notSupported("arguments to value_counts()") }
    let labels: [Label], counts: [Int]
    switch column {
    case .int(let v):
      let c = Series.counted(v)
      labels = c.map { .int($0.value) }; counts = c.map(\.count)
    case .text(let v):
      let c = Series.counted(v.map(CodePointString.init))
      labels = c.map { .str($0.value.string) }; counts = c.map(\.count)
    default: throw NumPyError.notSupported("value_counts() of a \(column.dtypeName) Series")
    }
    return Series(column: .int(counts), labels: labels, name: .str("count"), indexName: name?.text)
  }

  // MARK: - Operators

  /// A NumPy result back into a column; float32 and other shapes are not pandas columns here.
  static func column(from v: Value?) throws -> Column? {
    guard let v else { return nil }
    guard case .object(let o) = v, let a = NDArray.cast(o), a.tensor.rank == 1 else {
      throw NumPyError.notSupported("this Series operation")
    }
    let t = a.tensor
    switch t.dtype {
    case .bool: return .bool(t.scalars(as: Bool.self))
    case .int64: return .int(t.scalars(as: Int.self))
    case .float64: return .float(t.scalars(as: Double.self))
    case .float32: throw NumPyError.notSupported("float32 Series")
    }
  }

  /// The other operand as a NumPy value: a number, or a Series with the same labels.
  func operand(_ other: Value) throws -> (Value, Label??)? {
    switch other {
    case .int, .float, .bool: return (other, .none)
    case .object(let o):
      if let s = o as? Series {
        guard s.labels == labels else {
          throw NumPyError.notSupported("arithmetic between Series with different indexes (pandas aligns them)")
        }
        return (.object(NDArray(try s.column.tensor())), .some(s.name == name ? name : nil))
      }
      if o is NumPyScalar { return (other, .none) }
      return nil
    default: return nil
    }
  }

  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
    guard let (rhs, newName) = try operand(other) else {
      throw NumPyError.notSupported("\(op.rawValue) between a Series and \(other.typeName) (use numbers or Series)")
    }
    guard column.isNumeric || column.dtypeName == "bool" else {
      throw NumPyError.notSupported("\(op.rawValue) on a \(column.dtypeName) Series")
    }
    if op == .floorDivide || op == .modulo {
      // pandas turns integer division by zero into inf/NaN where NumPy gives 0.
      let divisor = reflected ? try column.tensor() : try NumPyConvert.tensor(rhs, dtype: nil, interp)
      if divisor.dtype == .int64 || divisor.dtype == .bool, divisor.scalars(as: Double.self).contains(0) {
        throw NumPyError.notSupported("integer // or % by zero in a Series (pandas gives inf/NaN)")
      }
    }
    let result = try NDArray(try column.tensor()).binary(op, rhs, reflected: reflected, interp)
    guard let c = try Series.column(from: result) else { return nil }
    return .object(with(c, name: newName))
  }

  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    if case .text(let v) = column {
      guard case .str(let s) = other, op == .equal || op == .notEqual else {
        throw NumPyError.notSupported("comparing a str Series other than == / != with a string")
      }
      let target = CodePointString(s)
      return .object(with(.bool(v.map { (CodePointString($0) == target) == (op == .equal) })))
    }
    guard let (rhs, newName) = try operand(other) else {
      throw NumPyError.notSupported("\(op.rawValue) between a Series and \(other.typeName) (use numbers or Series)")
    }
    guard column.isNumeric || column.dtypeName == "bool" else {
      throw NumPyError.notSupported("\(op.rawValue) on a \(column.dtypeName) Series")
    }
    let result = try NDArray(try column.tensor()).compare(op, rhs, interp)
    guard let c = try Series.column(from: result) else { return nil }
    return .object(with(c, name: newName))
  }

  func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value? {
    let result = try NDArray(try column.tensor()).unary(op, interp)
    guard let c = try Series.column(from: result) else { return nil }
    return .object(with(c))
  }
}
