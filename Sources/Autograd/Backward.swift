import TensorCore

// MARK: - The backward pass

extension Variable {
  /// Reverse-mode differentiation from this variable: visits the graph in reverse topological
  /// order, calling each node's backward function once with its total gradient, and adds the
  /// results into the leaves' ``grad``. The seed defaults to ones (for a scalar loss, 1).
  ///
  /// - Precondition: `seed`, when given, has this variable's shape.
  /// - Complexity: one backward function call per node reachable from here.
  public func backward(seed: Tensor? = nil) {
    let seed = seed ?? Tensor.ones(value.shape, dtype: value.dtype)
    precondition(seed.shape == value.shape, "seed shape \(seed.shape) differs from \(value.shape)")
    guard requiresGrad else { return }
    var pending: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): seed]
    for node in topologicalOrder().reversed() {
      guard let g = pending.removeValue(forKey: ObjectIdentifier(node)) else { continue }
      guard let backwardFunction = node.backwardFunction else {
        node.grad = node.grad.map { $0 + g } ?? g
        continue
      }
      if node.retainsGrad { node.grad = node.grad.map { $0 + g } ?? g }
      let parentGrads = backwardFunction(g)
      for (parent, pg) in zip(node.parents, parentGrads) where parent.requiresGrad {
        guard let pg else { continue }
        let id = ObjectIdentifier(parent)
        let reduced = Variable.reduce(pg, like: parent.value)
        pending[id] = pending[id].map { $0 + reduced } ?? reduced
      }
    }
  }

  /// The one place gradients are fitted to their variable: sums over the axes broadcasting
  /// added or stretched, and converts to the variable's dtype.
  static func reduce(_ g: Tensor, like value: Tensor) -> Tensor {
    var g = g
    let shape = value.shape
    while g.rank > shape.count { g = try! g.sum(axis: 0) }
    for (axis, extent) in shape.enumerated() where extent == 1 && g.shape[axis] != 1 {
      g = try! g.sum(axis: axis, keepDims: true)
    }
    precondition(g.shape == shape, "gradient shape \(g.shape) does not fit \(shape)")
    return g.astype(value.dtype)
  }

  /// Nodes that require gradients, each after all of its parents (iterative depth-first search,
  /// so deep graphs do not overflow the stack).
  func topologicalOrder() -> [Variable] {
    var order: [Variable] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(Variable, Int)] = [(self, 0)]
    visited.insert(ObjectIdentifier(self))
    while let (node, next) = stack.popLast() {
      if next < node.parents.count {
        stack.append((node, next + 1))
        let p = node.parents[next]
        if p.requiresGrad && visited.insert(ObjectIdentifier(p)).inserted { stack.append((p, 0)) }
      } else {
        order.append(node)
      }
    }
    return order
  }
}
