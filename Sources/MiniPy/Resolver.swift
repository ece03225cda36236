// Resolves every name to a local slot, a closure cell or a global entry, once per parse.

struct Resolver {
  unowned let interp: Interpreter

  /// Resolves `module` (the scope tree rooted at a module scope).
  func resolve(_ module: Scope) {
    collectCaptures(module)
    assignSlots(module)
    bind(module)
  }

  /// Marks names that inner functions read from enclosing function scopes, and threads them
  /// through intermediate scopes as free variables.
  func collectCaptures(_ s: Scope) {
    for n in s.names {
      if s.globals.contains(n.name) { continue }
      if s.isLocal(n.name) { continue }
      if s.kind == .classBody && s.assignedSet.contains(n.name) { continue }
      if s.kind == .module { continue }
      // search enclosing function scopes
      var chain: [Scope] = []
      var p = s.parent
      var owner: Scope?
      while let q = p {
        if q.kind == .module { break }
        if q.isFunctionLike && q.globals.contains(n.name) { break }
        if q.isFunctionLike && q.isLocal(n.name) { owner = q; break }
        chain.append(q)
        p = q.parent
      }
      if let owner {
        owner.captured.insert(n.name)
        for q in [s] + chain where !q.freeVars.contains(n.name) { q.freeVars.append(n.name) }
      }
    }
    for c in s.children { collectCaptures(c) }
  }

  func assignSlots(_ s: Scope) {
    if s.isFunctionLike {
      var slot = 0, cell = 0
      var names = s.params
      for a in s.assigned where !s.params.contains(a) && !s.globals.contains(a) && !s.nonlocals.contains(a) { names.append(a) }
      var slotNames: [String] = []
      for n in names {
        if s.captured.contains(n) { s.cellSlots[n] = cell; cell += 1 } else { s.localSlots[n] = slot; slot += 1; slotNames.append(n) }
      }
      for fv in s.freeVars where s.cellSlots[fv] == nil { s.cellSlots[fv] = cell; cell += 1 }
      if let code = s.code {
        code.slotCount = slot
        code.slotNames = slotNames
        code.cellCount = cell - s.freeVars.filter { !s.captured.contains($0) || s.localSlots[$0] != nil }.count
        // cells: own captured locals first, then free variables
        code.cellCount = names.filter { s.captured.contains($0) }.count
        var targets: [Int] = []
        var npos = 0
        for (i, p) in code.params.enumerated() {
          if let c = s.cellSlots[p.name] { targets.append(-(c + 1)) } else { targets.append(s.localSlots[p.name]!) }
          switch p.kind {
          case .normal: npos += 1
          case .varargs: code.varargsIndex = i
          case .kwargs: code.kwargsIndex = i
          case .keywordOnly: break
          }
        }
        code.paramTargets = targets
        code.positionalCount = npos
        code.plainParameters = code.params.allSatisfy { $0.kind == .normal } && targets.enumerated().allSatisfy { $0.offset == $0.element }
      }
    } else if s.kind == .classBody {
      var cell = 0
      for fv in s.freeVars { s.cellSlots[fv] = cell; cell += 1 }
      s.code?.cellCount = 0
    }
    for c in s.children { assignSlots(c) }
    // the child's free variables come from this scope's cells
    for c in s.children {
      c.code?.freeVarSources = c.freeVars.map { s.cellSlots[$0] ?? 0 }
    }
  }

  func bind(_ s: Scope) {
    for n in s.names { n.ref = ref(n.name, in: s) }
    for c in s.children { bind(c) }
  }

  func ref(_ name: String, in s: Scope) -> NameRef {
    if s.kind == .module || s.globals.contains(name) { return .global(.passUnretained(interp.entry(name))) }
    if s.isFunctionLike {
      if let i = s.localSlots[name] { return .local(i) }
      if let c = s.cellSlots[name] { return .cell(c) }
      return .global(.passUnretained(interp.entry(name)))
    }
    // class body
    if s.assignedSet.contains(name) { return .classBody(.passUnretained(interp.entry(name))) }
    if let c = s.cellSlots[name] { return .cell(c) }
    return .classBody(.passUnretained(interp.entry(name)))
  }
}
