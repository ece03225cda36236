// `numpy.ndarray` in MiniPy: a tensor with NumPy's view semantics for slices, transposes and
// reshapes (writes through a view reach its base; a view re-reads its base after the base
// changes), printing, operators and iteration.

import MiniPy
import TensorCore

// MARK: - NDArray

final class NDArray: PyObject {
  /// How a view was derived from its base, so writes can go back and reads can be redone.
  enum ViewLink {
    /// Basic indexing (ints, slices, newaxis, ellipsis).
    case index([TensorIndex])
    /// `transpose(axes)` / `.T`.
    case permute([Int])
    /// `.T`: every axis reversed (its own inverse).
    case transpose
    /// `reshape`, `ravel`, `squeeze`, `expand_dims`: the same elements in another shape.
    case reshape
  }

  private var storage: Tensor
  /// Bumped on every change of the elements (views compare it with their base's).
  private(set) var version = 0
  private let base: NDArray?
  private let link: ViewLink
  private var baseVersion = 0

  init(_ tensor: Tensor) {
    storage = tensor
    base = nil
    link = .reshape
  }

  /// A view of `base` holding `tensor`, derived by `link`.
  init(view tensor: Tensor, of base: NDArray, link: ViewLink) {
    storage = tensor
    self.base = base
    self.link = link
    baseVersion = base.version
  }

  /// The elements, re-derived from the base first if the base changed since.
  var tensor: Tensor {
    @inline(__always) get {
      if base != nil { refreshIfStale() }
      return storage
    }
  }

  private func refreshIfStale() {
    guard let base else { return }
    let bt = base.tensor
    guard base.version != baseVersion else { return }
    baseVersion = base.version
    if let t = try? derive(from: bt) {
      storage = t
      version &+= 1
    }
  }

  private func derive(from bt: Tensor) throws -> Tensor {
    switch link {
    case .index(let idx): return try bt.get(idx)
    case .permute(let axes): return try bt.permuted(axes)
    case .transpose: return bt.transposed()
    case .reshape: return try bt.reshaped(to: storage.shape)
    }
  }

  /// Replaces the elements (same shape) and writes them through to the base of a view.
  func replace(with t: Tensor) throws {
    storage = t
    try didMutate()
  }

  /// Mutates the elements in place (`a[i] = v`), then writes through.
  func mutate(_ body: (inout Tensor) throws -> Void) throws {
    if base != nil { refreshIfStale() }
    try np { try body(&storage) }
    try didMutate()
  }

  private func didMutate() throws {
    version &+= 1
    guard let base else { return }
    switch link {
    case .index(let idx):
      try base.mutate { try $0.set(idx, to: storage) }
    case .transpose:
      try base.replace(with: storage.transposed())
    case .permute(let axes):
      var inverse = [Int](repeating: 0, count: axes.count)
      for (i, a) in axes.enumerated() { inverse[a] = i }
      let t = try np { try storage.permuted(inverse) }
      try base.replace(with: t)
    case .reshape:
      let t = try np { try storage.reshaped(to: base.tensor.shape) }
      try base.replace(with: t)
    }
    baseVersion = base.version
  }

  /// `o` as an array: a type identity check instead of a dynamic cast, which costs as much as a
  /// small array operation on this path.
  @inline(__always)
  static func cast(_ o: any PyObject) -> NDArray? {
    ObjectIdentifier(type(of: o)) == ObjectIdentifier(NDArray.self) ? unsafeDowncast(o, to: NDArray.self) : nil
  }

  // MARK: PyObject basics

  var typeName: String { "ndarray" }
  var typeModule: String? { "numpy" }
  func isInstance(of typeName: String) -> Bool { typeName == "numpy.ndarray" || typeName == "ndarray" }

  var printable: PrintableArray {
    let t = tensor
    let kind = PrintKind(t.dtype)
    switch t.dtype {
    case .bool: return PrintableArray(shape: t.shape, kind: kind) { i in .bool(t.element(at: i) != 0) }
    case .int64:
      return PrintableArray(shape: t.shape, kind: kind) { i in
        if case .int(let n) = t.scalar(at: i) { return .int(n) }
        return .int(0)
      }
    default: return PrintableArray(shape: t.shape, kind: kind) { i in .double(t.element(at: i)) }
    }
  }

  func repr(_ interp: Interpreter) throws -> String { ArrayPrinter.repr(printable) }
  func str(_ interp: Interpreter) throws -> String { ArrayPrinter.str(printable) }
  func format(_ spec: String, _ interp: Interpreter) throws -> String? {
    if spec.isEmpty { return try str(interp) }
    let t = tensor
    if t.rank == 0 { return try NumPyScalar(t).format(spec, interp) }
    throw PyException(.type, "unsupported format string passed to numpy.ndarray.__format__")
  }

  func length(_ interp: Interpreter) throws -> Int? {
    let t = tensor
    guard t.rank > 0 else { throw PyException(.type, "len() of unsized object") }
    return t.shape[0]
  }

  func truthValue(_ interp: Interpreter) throws -> Bool? {
    let t = tensor
    if t.count == 1 { return t.element(at: 0) != 0 }
    if t.count == 0 {
      throw PyException(.value, "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
    }
    throw PyException(
      .value, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
  }

  func asDouble(_ interp: Interpreter) throws -> Double? {
    let t = tensor
    guard t.rank == 0 else { throw Self.notZeroDimensional }
    return t.element(at: 0)
  }
  func asInt(_ interp: Interpreter) throws -> Int? {
    let t = tensor
    guard t.rank == 0 else { throw Self.notZeroDimensional }
    return try NumPyScalar(t).asInt(interp)
  }
  /// `float(a)`, `int(a)` of an array with axes: an error since NumPy 2.4 (it was a
  /// deprecation for one-element arrays since 1.25); `a.item()` or `a[0]` is the way.
  static var notZeroDimensional: PyException {
    PyException(.type, "only 0-dimensional arrays can be converted to Python scalars", hint: "use a.item() (or index the element, e.g. a[0, 0]) to get the number")
  }
  func asIndex() -> Int? {
    let t = tensor
    guard t.rank == 0, t.dtype == .int64 || t.dtype == .bool else { return nil }
    return Int(t.element(at: 0))
  }

  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    guard let other = try NumPyConvert.operand(value, interp) else { return false }
    let eq = try np { try Tensor.binary(.equal, tensor, other) }
    return eq.withUnsafeBufferPointer(as: Bool.self) { $0.contains(true) }
  }

  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? {
    let t = tensor
    guard t.rank > 0 else { throw PyException(.type, "iteration over a 0-d array") }
    return RowIterator(self, count: t.shape[0], interp)
  }

  /// `for row in a`: rows as views (so `row[0] = 1` changes `a`), elements of a 1-D array as scalars.
  final class RowIterator: PyIterator {
    let array: NDArray
    let count: Int
    var position = 0
    unowned let interp: Interpreter
    init(_ a: NDArray, count: Int, _ interp: Interpreter) { array = a; self.count = count; self.interp = interp }
    func next() throws -> Value? {
      guard position < count else { return nil }
      defer { position += 1 }
      return try array.subscriptGet([.index(position)], interp)
    }
  }

  // MARK: Indexing

  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    let idx = try NumPyIndex.convert(index, interp)
    return try subscriptGet(idx, interp)
  }

  func subscriptGet(_ idx: [TensorIndex], _ interp: Interpreter) throws -> Value {
    let t = tensor
    let r = try np { try t.get(idx) }
    if r.rank == 0 && !idx.contains(where: { if case .ellipsis = $0 { return true } else { return false } }) {
      return .object(NumPyScalar(r))
    }
    if NumPyIndex.isBasic(idx) {
      try interp.chargeMemory(r.count &* r.dtype.byteSize)
      return .object(NDArray(view: r, of: self, link: .index(idx)))
    }
    return try NumPyConvert.wrap(r, interp)
  }

  func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
    let idx = try NumPyIndex.convert(index, interp)
    if let s = NumPyConvert.pythonScalar(value) {
      try mutate { try $0.set(idx, to: s) }
      return true
    }
    guard let v = try NumPyConvert.operand(value, interp) else {
      throw PyException(.type, "float() argument must be a string or a real number, not '\(value.typeName)'")
    }
    if v.rank > 0, NumPyIndex.selectsOneElement(idx, rank: tensor.rank) {
      throw PyException(.value, "setting an array element with a sequence.")
    }
    var value = v
    if value.rank > 0, value.shape[0] == 1 {
      // NumPy drops leading length-1 axes of the value that the target does not have.
      let targetRank = try np { try tensor.get(idx).rank }
      while value.rank > targetRank, value.shape[0] == 1 {
        value = try np { try value.reshaped(to: Array(value.shape.dropFirst())) }
      }
    }
    try mutate { [value] in try $0.set(idx, to: value) }
    return true
  }

  // MARK: Views

  /// A view of this array holding `t`.
  func view(_ t: Tensor, _ link: ViewLink, _ interp: Interpreter) throws -> Value {
    try interp.chargeMemory(t.count &* t.dtype.byteSize)
    return .object(NDArray(view: t, of: self, link: link))
  }

  var transposedView: NDArray {
    let t = tensor
    // With at most one axis longer than 1 (a row or column vector), the transpose keeps the
    // element order: share the storage instead of copying.
    var long = 0
    for d in t.shape where d != 1 { long += 1 }
    if long <= 1, let r = try? t.reshaped(to: t.shape.reversed()) {
      return NDArray(view: r, of: self, link: .transpose)
    }
    return NDArray(view: t.transposed(), of: self, link: .transpose)
  }

  func reshapedView(_ shape: [Int], _ interp: Interpreter) throws -> Value {
    let t = tensor
    let r = try np { try t.reshaped(to: shape) }
    return try view(r, .reshape, interp)
  }
}

// MARK: - Index conversion

enum NumPyIndex {
  /// A MiniPy subscript as tensor index entries.
  static func convert(_ v: Value, _ interp: Interpreter) throws -> [TensorIndex] {
    if case .tuple(let items) = v { return try items.map { try entry($0, interp) } }
    return [try entry(v, interp)]
  }

  static func entry(_ v: Value, _ interp: Interpreter) throws -> TensorIndex {
    switch v {
    case .int(let i): return .index(i)
    case .none: return .newAxis
    case .ellipsis: return .ellipsis
    case .slice(let s):
      return .slice(start: try bound(s.start), stop: try bound(s.stop), step: try bound(s.step))
    case .list, .tuple:
      let t = try NumPyConvert.tensor(v, dtype: nil, interp)
      return try array(t)
    case .object(let o):
      if let a = NDArray.cast(o) { return try array(a.tensor) }
      if let s = o as? NumPyScalar {
        if s.dtype == .bool { return .mask(s.tensor) }
        if let i = s.asIndex() { return .index(i) }
      }
    case .bool(let b):
      return .mask(Tensor(scalar: b))
    default: break
    }
    throw PyException(
      .index,
      "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
  }

  static func array(_ t: Tensor) throws -> TensorIndex {
    switch t.dtype {
    case .bool: return .mask(t)
    case .int64: return .indices(t)
    default:
      if t.count == 0 { return .indices(t.astype(.int64)) }
      throw PyException(.index, "arrays used as indices must be of integer (or boolean) type")
    }
  }

  static func bound(_ v: Value) throws -> Int? {
    guard let i = optionalInteger(v) else {
      throw PyException(.type, "slice indices must be integers or None or have an __index__ method")
    }
    return i
  }

  /// `None` as `.some(nil)`; an int, a bool or a NumPy integer as its value; `nil` for anything
  /// else (the caller names what it wanted).
  static func optionalInteger(_ v: Value) -> Int?? {
    switch v {
    case .none: return .some(nil)
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o): return o.asIndex().map { $0 }
    default: return nil
    }
  }

  /// True when no entry is an index array or mask (NumPy returns a view).
  static func isBasic(_ idx: [TensorIndex]) -> Bool {
    for e in idx {
      switch e {
      case .mask, .indices: return false
      default: continue
      }
    }
    return true
  }

  /// True when the subscript is one integer per axis (the target is a single element).
  static func selectsOneElement(_ idx: [TensorIndex], rank: Int) -> Bool {
    guard idx.count == rank else { return false }
    for e in idx { if case .index = e { continue } else { return false } }
    return true
  }
}
