// MARK: - Einstein summation
//
// `Tensor.einsum("ij,jk->ik", [a, b])`: each operand's repeated labels are reduced to their
// diagonal, labels no other operand or the output needs are summed away, and operands are then
// contracted pairwise as batched matrix products (batch labels, kept labels, summed labels
// permuted into place and merged). Ellipses and size-1 broadcasting of labels are not handled.

import Foundation

/// The parsed subscripts of an einsum: one label list per operand and the output's labels.
public struct EinsumSubscripts: Sendable, Equatable {
  public var inputs: [[Character]]
  public var output: [Character]

  /// Parses `"ij,jk->ik"` (or the implicit `"ij,jk"`, whose output is every label used once,
  /// in alphabetical order) for `operandCount` operands, with NumPy's messages for the common
  /// mistakes.
  public init(_ text: String, operandCount: Int) throws {
    let s = text.filter { $0 != " " }
    let parts = s.components(separatedBy: "->")
    guard parts.count <= 2 else { throw TensorError(.value, "einstein sum subscript string does not contain proper '->' output specified") }
    let inputs = parts[0].split(separator: ",", omittingEmptySubsequences: false).map { Array($0) }
    // NumPy 2.4's messages, word for word (each names the other case).
    if operandCount < inputs.count {
      throw TensorError(.value, "more operands provided to einstein sum function than specified in the subscripts string")
    }
    if operandCount > inputs.count {
      throw TensorError(.value, "fewer operands provided to einstein sum function than specified in the subscripts string")
    }
    for c in inputs.joined() where !(c.isASCII && c.isLetter) {
      throw TensorError(.value, "invalid subscript '\(c)' in einstein sum subscripts string, subscripts must be letters")
    }
    self.inputs = inputs
    if parts.count == 2 {
      let out = Array(parts[1])
      var seen = Set<Character>()
      for c in out {
        guard c.isASCII && c.isLetter else {
          throw TensorError(.value, "invalid subscript '\(c)' in einstein sum subscripts string, subscripts must be letters")
        }
        guard inputs.contains(where: { $0.contains(c) }) else {
          throw TensorError(.value, "einstein sum subscripts string included output subscript '\(c)' which never appeared in an input")
        }
        guard seen.insert(c).inserted else {
          throw TensorError(.value, "einstein sum subscripts string includes output subscript '\(c)' multiple times")
        }
      }
      output = out
    } else {
      var counts: [Character: Int] = [:]
      for c in inputs.joined() { counts[c, default: 0] += 1 }
      output = counts.filter { $0.value == 1 }.map(\.key).sorted()
    }
  }
}

extension Tensor {
  /// NumPy's `np.einsum(subscripts, *operands)` for subscripts without `...`: the sum, over
  /// every label not in the output, of the product of the operands' elements. dtypes promote
  /// (bools: any true product).
  /// Throws NumPy's messages for a label count that does not match an operand's rank and for
  /// labels whose extents differ.
  /// - Complexity: that of the pairwise batched matrix products.
  public static func einsum(_ subscripts: String, _ operands: [Tensor]) throws -> Tensor {
    let spec = try EinsumSubscripts(subscripts, operandCount: operands.count)
    var extents: [Character: Int] = [:]
    for (i, (labels, t)) in zip(spec.inputs, operands).enumerated() {
      if labels.count > t.rank { throw TensorError(.value, "einstein sum subscripts string contains too many subscripts for operand \(i)") }
      if labels.count < t.rank {
        throw TensorError(.value, "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
      }
      for (c, n) in zip(labels, t.shape) {
        if let m = extents[c], m != n { throw mismatch(spec, operands) }
        extents[c] = n
      }
    }
    let promoted = operands.map(\.dtype).reduce(operands[0].dtype) { DType.promoted($0, $1) }
    // Booleans: products are ANDs and sums ORs, so count in int64 and test for nonzero.
    let dtype = promoted == .bool ? DType.int64 : promoted
    var terms: [(Tensor, [Character])] = try zip(operands, spec.inputs).map { t, labels in
      try t.astype(dtype).diagonalizingRepeatedLabels(labels)
    }
    let output = Set(spec.output)
    // Fold the operands left to right, keeping the labels later operands or the output use.
    var (acc, accLabels) = terms.removeFirst()
    for k in 0..<terms.count {
      let needed = output.union(terms[(k + 1)...].flatMap(\.1))
      let (t, labels) = terms[k]
      (acc, accLabels) = try contract(acc, accLabels, t, labels, keep: needed)
    }
    // Sum whatever the output does not name, then put the output's labels in order.
    (acc, accLabels) = try acc.summingLabels(accLabels, keep: output)
    let order = spec.output.compactMap { accLabels.firstIndex(of: $0) }
    let result = try acc.permuted(order)
    return promoted == .bool ? result.astype(.bool) : result
  }

  /// NumPy's message for labels whose extents differ: each operand's shape laid out along the
  /// iteration labels (the output's, then the rest alphabetically), absent ones `newaxis`.
  static func mismatch(_ spec: EinsumSubscripts, _ operands: [Tensor]) -> TensorError {
    let rest = Set(spec.inputs.joined()).subtracting(spec.output).sorted()
    let iteration = spec.output + rest
    func compact(_ s: [Int]) -> String { formatShape(s).replacingOccurrences(of: ", ", with: ",") }
    var text = "operands could not be broadcast together with remapped shapes [original->remapped]: "
    for (labels, t) in zip(spec.inputs, operands) {
      var dims = iteration.map { c in labels.firstIndex(of: c).map { String(t.shape[$0]) } ?? "newaxis" }
      while dims.first == "newaxis" { dims.removeFirst() }
      text += "\(compact(t.shape))->(\(dims.joined(separator: ","))\(dims.count == 1 ? "," : "")) "
    }
    return TensorError(.shape, text)
  }

  /// This tensor with each label that repeats reduced to the diagonal over its axes
  /// (`ii -> i`), and the labels without repeats.
  func diagonalizingRepeatedLabels(_ labels: [Character]) throws -> (Tensor, [Character]) {
    var unique: [Character] = []
    for c in labels where !unique.contains(c) { unique.append(c) }
    if unique.count == labels.count { return (self, labels) }
    let outShape = unique.map { c in shape[labels.firstIndex(of: c) ?? 0] }
    let inStrides = strides
    // The stride of each unique label is the sum of the strides of its axes.
    let step = unique.map { c in labels.indices.filter { labels[$0] == c }.reduce(0) { $0 + inStrides[$1] } }
    return (gatherStrided(shape: outShape, strides: step, offset: 0), unique)
  }

  /// The sum over every label not in `keep`.
  func summingLabels(_ labels: [Character], keep: Set<Character>) throws -> (Tensor, [Character]) {
    var t = self, ls = labels
    for i in stride(from: ls.count - 1, through: 0, by: -1) where !keep.contains(ls[i]) {
      t = try t.sum(axis: i)
      ls.remove(at: i)
    }
    return (t, ls)
  }

  /// The product of two labelled operands summed over their shared labels not in `keep`:
  /// `[batch, aKept, summed] × [batch, summed, bKept]` as a batched matrix product. Labels in
  /// one operand only and not kept are summed first.
  static func contract(_ a: Tensor, _ la: [Character], _ b: Tensor, _ lb: [Character], keep: Set<Character>) throws
    -> (Tensor, [Character]) {
    let (x, lx) = try a.summingLabels(la, keep: keep.union(lb))
    let (y, ly) = try b.summingLabels(lb, keep: keep.union(lx))
    let batch = lx.filter { ly.contains($0) && keep.contains($0) }
    let summed = lx.filter { ly.contains($0) && !keep.contains($0) }
    let xKept = lx.filter { !ly.contains($0) }, yKept = ly.filter { !lx.contains($0) }
    func extent(_ t: Tensor, _ l: [Character], _ cs: [Character]) -> [Int] { cs.map { t.shape[l.firstIndex(of: $0) ?? 0] } }
    let bt = extent(x, lx, batch), m = extent(x, lx, xKept), k = extent(x, lx, summed), n = extent(y, ly, yKept)
    let size = { (s: [Int]) in s.reduce(1, *) }
    let xp = try x.permuted((batch + xKept + summed).compactMap { lx.firstIndex(of: $0) })
      .reshaped(to: [size(bt), size(m), size(k)])
    let yp = try y.permuted((batch + summed + yKept).compactMap { ly.firstIndex(of: $0) })
      .reshaped(to: [size(bt), size(k), size(n)])
    let p = try Tensor.matmul(xp, yp).reshaped(to: bt + m + n)
    return (p, batch + xKept + yKept)
  }
}
