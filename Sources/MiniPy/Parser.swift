// The recursive-descent parser: tokens to the syntax tree, recording each scope's names.

struct Parser {
  var toks: [Token]
  var pos = 0
  let file: String
  var scope: Scope
  var depth = 0
  var classNames: [String] = []
  var functionNames: [String] = []
  let maxDepth = 150
  unowned let interp: Interpreter?
  /// The source being parsed, handed to every code object made from it.
  let sourceLines: [Substring]

  init(tokens: [Token], file: String, scope: Scope, interp: Interpreter?) {
    toks = tokens; self.file = file; self.scope = scope; self.interp = interp
    sourceLines = interp?.sources[file] ?? []
  }

  // MARK: Token helpers

  var tok: Token { toks[pos] }
  func peekTok(_ k: Int = 1) -> Token { toks[min(pos + k, toks.count - 1)] }
  func isOp(_ s: String) -> Bool { tok.kind == .op && tok.text == s }
  func isKeyword(_ s: String) -> Bool { tok.kind == .name && tok.text == s }
  mutating func advance() -> Token { let t = toks[pos]; if pos < toks.count - 1 { pos += 1 }; return t }
  mutating func accept(_ s: String) -> Bool {
    if (tok.kind == .op || tok.kind == .name) && tok.text == s { pos += 1; return true }
    return false
  }
  var prevLoc: Loc { Loc(toks[max(pos - 1, 0)]) }

  func error(_ msg: String, at t: Token? = nil, hint: String? = nil) -> Diagnostic {
    let t = t ?? tok
    let end = t.endLine == t.line && t.endColumn > t.column ? Int(t.endColumn) : Int(t.column) + 1
    let cls = msg.contains("indent") ? "IndentationError" : nil
    return Diagnostic(.syntax, msg, range: SourceRange(file: file, line: Int(t.line), column: Int(t.column), endColumn: end), hint: hint, pythonClassName: cls)
  }
  func describe(_ t: Token) -> String {
    switch t.kind {
    case .newline: return "end of line"
    case .indent: return "indent"
    case .dedent: return "dedent"
    case .eof: return "end of input"
    case .string, .fstring: return "string"
    case .int, .float: return "number"
    default: return "'\(t.text)'"
    }
  }
  mutating func expect(_ s: String, _ context: String? = nil) throws(Diagnostic) -> Token {
    if (tok.kind == .op || tok.kind == .name) && tok.text == s { return advance() }
    var msg = "expected '\(s)'"
    if let context { msg += " \(context)" }
    if tok.kind == .newline || tok.kind == .eof, s == ":" { msg = "expected ':'" }
    throw error(msg + (tok.kind == .newline || tok.kind == .eof ? "" : ", found \(describe(tok))"))
  }
  mutating func expectName() throws(Diagnostic) -> Token {
    guard tok.kind == .name, !Self.keywords.contains(tok.text) else {
      throw error("expected a name, found \(describe(tok))")
    }
    return advance()
  }

  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
  ]

  mutating func enter() throws(Diagnostic) {
    depth += 1
    if depth > maxDepth {
      throw error("too many nested parentheses or blocks (MiniPy allows \(maxDepth) levels)")
    }
  }

  mutating func makeName(_ t: Token) -> NameExpr {
    let n = NameExpr(Loc(t), t.text)
    scope.names.append(n)
    return n
  }

  // MARK: Module

  mutating func parseModule() throws(Diagnostic) -> [Stmt] {
    var body: [Stmt] = []
    while tok.kind != .eof {
      if tok.kind == .newline { pos += 1; continue }
      if tok.kind == .indent { throw error("unexpected indent") }
      body += try parseStatement()
    }
    return body
  }

  // MARK: Statements

  mutating func parseBlock() throws(Diagnostic) -> [Stmt] {
    _ = try expect(":")
    try enter(); defer { depth -= 1 }
    if tok.kind != .newline {
      return try parseSimpleStatements()
    }
    pos += 1
    guard tok.kind == .indent else { throw error("expected an indented block", hint: "indent the lines after ':' by 4 spaces") }
    pos += 1
    var body: [Stmt] = []
    while tok.kind != .dedent && tok.kind != .eof {
      if tok.kind == .newline { pos += 1; continue }
      body += try parseStatement()
    }
    if tok.kind == .dedent { pos += 1 }
    return body
  }

  mutating func parseStatement() throws(Diagnostic) -> [Stmt] {
    if tok.kind == .name {
      switch tok.text {
      case "if": return [try parseIf()]
      case "while": return [try parseWhile()]
      case "for": return [try parseFor()]
      case "def": return [try parseDef(decorators: [])]
      case "class": return [try parseClass(decorators: [])]
      case "try": return [try parseTry()]
      case "with": return [try parseWith()]
      case "async": throw error("not supported in MiniPy: async")
      default: break
      }
    }
    if isOp("@") {
      var decorators: [Expr] = []
      while accept("@") {
        decorators.append(try parseExpr())
        guard tok.kind == .newline else { throw error("expected end of line after decorator") }
        pos += 1
      }
      if isKeyword("def") { return [try parseDef(decorators: decorators)] }
      if isKeyword("class") { return [try parseClass(decorators: decorators)] }
      throw error("expected 'def' or 'class' after a decorator")
    }
    return try parseSimpleStatements()
  }

  mutating func parseSimpleStatements() throws(Diagnostic) -> [Stmt] {
    var out: [Stmt] = []
    while true {
      out.append(try parseSimpleStatement())
      if accept(";") { if tok.kind == .newline || tok.kind == .eof { break }; continue }
      break
    }
    guard tok.kind == .newline || tok.kind == .eof else {
      throw error("invalid syntax: unexpected \(describe(tok))", hint: tok.kind == .name || tok.kind == .int ? "perhaps you forgot a comma or an operator" : nil)
    }
    if tok.kind == .newline { pos += 1 }
    return out
  }

  mutating func parseSimpleStatement() throws(Diagnostic) -> Stmt {
    let start = tok
    let loc = Loc(start)
    if tok.kind == .name {
      switch tok.text {
      case "pass": pos += 1; return PassStmt(loc)
      case "break": pos += 1; return BreakStmt(loc)
      case "continue": pos += 1; return ContinueStmt(loc)
      case "return":
        pos += 1
        guard scope.kind == .function else { throw error("'return' outside function", at: start) }
        if tok.kind == .newline || tok.kind == .eof || isOp(";") { return ReturnStmt(loc, nil) }
        let v = try parseExprList(allowStar: true)
        return ReturnStmt(loc.to(v.loc), v)
      case "raise":
        pos += 1
        if tok.kind == .newline || tok.kind == .eof || isOp(";") { return RaiseStmt(loc, nil, nil) }
        let e = try parseExpr()
        var cause: Expr?
        if accept("from") { cause = try parseExpr() }
        return RaiseStmt(loc.to(prevLoc), e, cause)
      case "assert":
        pos += 1
        let test = try parseExpr()
        var msg: Expr?
        if accept(",") { msg = try parseExpr() }
        return AssertStmt(loc.to(prevLoc), test, msg)
      case "del":
        pos += 1
        let targets = try parseExprList(allowStar: false)
        let list = (targets as? TupleExpr)?.elements ?? [targets]
        for t in list { try markStore(t, del: true) }
        return DelStmt(loc.to(prevLoc), list)
      case "global", "nonlocal":
        let isGlobal = tok.text == "global"
        pos += 1
        var names: [String] = []
        repeat {
          let n = try expectName()
          names.append(n.text)
          if isGlobal { scope.globals.insert(n.text) } else {
            guard scope.kind == .function else { throw error("nonlocal declaration not allowed at module level", at: n) }
            scope.nonlocals.insert(n.text)
          }
        } while accept(",")
        return PassStmt(loc)
      case "import": return try parseImport()
      case "from": return try parseFromImport()
      case "yield": throw error("not supported in MiniPy: generators ('yield')", hint: "build and return a list instead")
      case "print" where peekTok().kind == .string || peekTok().kind == .name && peekTok().text != "=" && !(peekTok().kind == .op):
        throw error("Missing parentheses in call to 'print'. Did you mean print(...)?", at: start)
      default: break
      }
    }
    let first = try parseExprList(allowStar: true)
    if isOp("=") {
      var targets = [first]
      var value: Expr = first
      while accept("=") {
        if isKeyword("yield") { throw error("not supported in MiniPy: generators ('yield')") }
        value = try parseExprList(allowStar: true)
        targets.append(value)
      }
      targets.removeLast()
      for t in targets { try markStore(t) }
      return AssignStmt(loc.to(value.loc), targets, value)
    }
    if tok.kind == .op, tok.text.count >= 2, tok.text.hasSuffix("="), tok.text != "==", tok.text != "<=", tok.text != ">=", tok.text != "!=" {
      let opTok = advance()
      guard let op = BinaryOperator(rawValue: String(opTok.text.dropLast())) else { throw error("invalid operator", at: opTok) }
      guard first is NameExpr || first is AttrExpr || first is SubscriptExpr else {
        throw error("'\(describeTarget(first))' is an illegal expression for augmented assignment", at: start)
      }
      try markStore(first)
      let value = try parseExprList(allowStar: false)
      return AugAssignStmt(loc.to(value.loc), first, op, value)
    }
    if isOp(":") {   // annotated assignment: x: int = 3
      pos += 1
      _ = try parseExpr()
      if accept("=") {
        let value = try parseExprList(allowStar: true)
        try markStore(first)
        return AssignStmt(loc.to(value.loc), [first], value)
      }
      return PassStmt(loc)
    }
    if first is StarredExpr { throw error("can't use starred expression here", at: start) }
    return ExprStmt(first.loc, first)
  }

  func describeTarget(_ e: Expr) -> String {
    switch e {
    case is CallExpr: return "function call"
    case is Const: return "literal"
    case is TupleExpr: return "tuple"
    case is ListExpr: return "list"
    default: return "expression"
    }
  }

  /// Records the names a target binds; rejects targets that cannot be assigned.
  mutating func markStore(_ e: Expr, del: Bool = false) throws(Diagnostic) {
    switch e {
    case let n as NameExpr:
      if n.name == "None" || n.name == "True" || n.name == "False" { throw Diagnostic(.syntax, "cannot assign to \(n.name)", range: n.loc.range(file)) }
      scope.assign(n.name)
    case let t as TupleExpr: for x in t.elements { try markStore(x, del: del) }
    case let t as ListExpr: for x in t.elements { try markStore(x, del: del) }
    case let s as StarredExpr where !del: try markStore(s.value, del: del)
    case is AttrExpr, is SubscriptExpr: break
    default:
      let what = describeTarget(e)
      throw Diagnostic(.syntax, "cannot \(del ? "delete" : "assign to") \(what)\(what == "function call" ? "" : "")", range: e.loc.range(file),
                       hint: e is CallExpr || e is Const ? "maybe you meant '==' instead of '='?" : nil)
    }
  }

  mutating func parseIf() throws(Diagnostic) -> Stmt {
    let start = advance()
    let cond = try parseNamedExpr()
    let body = try parseBlock()
    var orelse: [Stmt] = []
    if isKeyword("elif") { orelse = [try parseIf()] }
    else if isKeyword("else") { pos += 1; orelse = try parseBlock() }
    return IfStmt(Loc(start).to(cond.loc), cond, body, orelse)
  }

  mutating func parseWhile() throws(Diagnostic) -> Stmt {
    let start = advance()
    let cond = try parseNamedExpr()
    let body = try parseBlock()
    var orelse: [Stmt] = []
    if accept("else") { orelse = try parseBlock() }
    return WhileStmt(Loc(start).to(cond.loc), cond, body, orelse)
  }

  mutating func parseFor() throws(Diagnostic) -> Stmt {
    let start = advance()
    let target = try parseTargetList()
    try markStore(target)
    _ = try expect("in", "in 'for' statement")
    let iter = try parseExprList(allowStar: true)
    let body = try parseBlock()
    var orelse: [Stmt] = []
    if accept("else") { orelse = try parseBlock() }
    return ForStmt(Loc(start).to(iter.loc), target, iter, body, orelse)
  }

  /// `a`, `a, b`, `(a, b), c`, `*rest` — targets of `for` and comprehensions (no `in`).
  mutating func parseTargetList() throws(Diagnostic) -> Expr {
    var items: [Expr] = []
    let start = tok
    repeat {
      if isKeyword("in") { break }
      if accept("*") { let v = try parseBitOr(); items.append(StarredExpr(prevLoc.to(v.loc), v)) }
      else { items.append(try parseBitOr()) }
    } while accept(",")
    if items.count == 1 && !(toks[pos - 1].text == ",") { return items[0] }
    guard !items.isEmpty else { throw error("expected a target", at: start) }
    return TupleExpr(items[0].loc.to(items.last!.loc), items)
  }

  mutating func parseWith() throws(Diagnostic) -> Stmt {
    let start = advance()
    var items: [(Expr, Expr?)] = []
    repeat {
      let e = try parseExpr()
      var target: Expr?
      if accept("as") { let t = try parseBitOr(); try markStore(t); target = t }
      items.append((e, target))
    } while accept(",")
    let body = try parseBlock()
    return WithStmt(Loc(start), items, body)
  }

  mutating func parseTry() throws(Diagnostic) -> Stmt {
    let start = advance()
    let body = try parseBlock()
    var handlers: [ExceptHandler] = []
    var orelse: [Stmt] = [], finalBody: [Stmt]? = nil
    while isKeyword("except") {
      let ht = advance()
      var type: Expr?, name: NameExpr?
      if !isOp(":") {
        type = try parseExpr()
        if accept(",") {
          var elts = [type!]
          repeat { elts.append(try parseExpr()) } while accept(",")
          type = TupleExpr(elts[0].loc.to(elts.last!.loc), elts)
        }
        if accept("as") { let n = try expectName(); name = makeName(n); scope.assign(n.text) }
      }
      handlers.append(ExceptHandler(loc: Loc(ht), type: type, name: name, body: try parseBlock()))
    }
    if !handlers.isEmpty, accept("else") { orelse = try parseBlock() }
    if accept("finally") { finalBody = try parseBlock() }
    if handlers.isEmpty && finalBody == nil { throw error("expected 'except' or 'finally' block") }
    return TryStmt(Loc(start), body, handlers, orelse, finalBody)
  }

  // MARK: def / class / lambda

  mutating func parseParams(closing: String) throws(Diagnostic) -> ([Param], [Expr], [(String, Expr)]) {
    var params: [Param] = []
    var defaults: [Expr] = []
    var kwDefaults: [(String, Expr)] = []
    var seenStar = false
    while !isOp(closing) {
      if accept("/") { if !accept(",") { break }; continue }
      if accept("**") {
        let n = try expectName()
        if isOp(":") && closing == ")" { pos += 1; _ = try parseExpr() }
        params.append(Param(name: n.text, kind: .kwargs, hasDefault: false, loc: Loc(n)))
        _ = accept(",")
        break
      }
      if accept("*") {
        seenStar = true
        if tok.kind == .name {
          let n = try expectName()
          if isOp(":") && closing == ")" { pos += 1; _ = try parseExpr() }
          params.append(Param(name: n.text, kind: .varargs, hasDefault: false, loc: Loc(n)))
        }
        if !accept(",") { break }
        continue
      }
      let n = try expectName()
      if params.contains(where: { $0.name == n.text }) { throw error("duplicate argument '\(n.text)' in function definition", at: n) }
      if isOp(":") && closing == ")" { pos += 1; _ = try parseExpr() }
      var hasDefault = false
      if accept("=") {
        hasDefault = true
        let d = try parseExpr()
        if seenStar { kwDefaults.append((n.text, d)) } else { defaults.append(d) }
      } else if !seenStar, !defaults.isEmpty {
        throw error("non-default argument follows default argument", at: n)
      }
      params.append(Param(name: n.text, kind: seenStar ? .keywordOnly : .normal, hasDefault: hasDefault, loc: Loc(n)))
      if !accept(",") { break }
    }
    return (params, defaults, kwDefaults)
  }

  mutating func parseDef(decorators: [Expr]) throws(Diagnostic) -> Stmt {
    let start = advance()
    let nameTok = try expectName()
    let target = makeName(nameTok)
    scope.assign(nameTok.text)
    _ = try expect("(")
    let outer = scope
    // defaults are evaluated in the enclosing scope
    let (params, defaults, kwDefaults) = try parseParams(closing: ")")
    _ = try expect(")")
    if accept("->") { _ = try parseExpr() }
    let fnScope = Scope(kind: .function, parent: outer)
    fnScope.params = params.map(\.name)
    let qual = (classNames.last.map { $0 + "." } ?? "") + nameTok.text
    let code = CodeObject(name: nameTok.text, qualifiedName: qual, fileName: file, scope: fnScope)
    code.sourceLines = sourceLines
    code.params = params
    scope = fnScope
    functionNames.append(nameTok.text)
    let savedClasses = classNames; classNames = []
    defer { scope = outer; functionNames.removeLast(); classNames = savedClasses }
    code.body = try parseBlock()
    if containsYield { containsYield = false }
    return DefStmt(Loc(start).to(Loc(nameTok)), code: code, defaults: defaults, kwDefaults: kwDefaults, decorators: decorators, target: target)
  }
  var containsYield = false

  mutating func parseClass(decorators: [Expr]) throws(Diagnostic) -> Stmt {
    let start = advance()
    let nameTok = try expectName()
    let target = makeName(nameTok)
    scope.assign(nameTok.text)
    var bases: [Expr] = []
    if accept("(") {
      while !isOp(")") {
        if tok.kind == .name, peekTok().text == "=" { throw error("not supported in MiniPy: class keyword arguments (metaclasses)") }
        bases.append(try parseExpr())
        if !accept(",") { break }
      }
      _ = try expect(")")
    }
    let outer = scope
    let clsScope = Scope(kind: .classBody, parent: outer)
    let code = CodeObject(name: nameTok.text, qualifiedName: nameTok.text, fileName: file, scope: clsScope)
    code.sourceLines = sourceLines
    scope = clsScope
    classNames.append(nameTok.text)
    defer { scope = outer; classNames.removeLast() }
    code.body = try parseBlock()
    return ClassStmt(Loc(start).to(Loc(nameTok)), name: nameTok.text, bases: bases, code: code, decorators: decorators, target: target)
  }

  mutating func parseLambda() throws(Diagnostic) -> Expr {
    let start = advance()
    let outer = scope
    let (params, defaults, kwDefaults) = try parseParams(closing: ":")
    _ = try expect(":")
    let fnScope = Scope(kind: .function, parent: outer)
    fnScope.params = params.map(\.name)
    let code = CodeObject(name: "<lambda>", qualifiedName: "<lambda>", fileName: file, scope: fnScope)
    code.sourceLines = sourceLines
    code.params = params
    scope = fnScope
    defer { scope = outer }
    let body = try parseExpr()
    code.lambdaBody = body
    return LambdaExpr(Loc(start).to(body.loc), code: code, defaults: defaults, kwDefaults: kwDefaults)
  }

  // MARK: Imports

  mutating func parseDotted() throws(Diagnostic) -> String {
    var name = try expectName().text
    while accept(".") { name += "." + (try expectName().text) }
    return name
  }

  mutating func parseImport() throws(Diagnostic) -> Stmt {
    let start = advance()
    var items: [(String, NameExpr, Bool)] = []
    repeat {
      let t = tok
      let module = try parseDotted()
      if accept("as") {
        let n = try expectName()
        scope.assign(n.text)
        items.append((module, makeName(n), true))
      } else {
        let top = String(module.split(separator: ".")[0])
        var nt = t; nt.text = top
        scope.assign(top)
        items.append((module, makeName(nt), false))
      }
    } while accept(",")
    return ImportStmt(Loc(start).to(prevLoc), items)
  }

  mutating func parseFromImport() throws(Diagnostic) -> Stmt {
    let start = advance()
    if isOp(".") { throw error("not supported in MiniPy: relative imports") }
    let module = try parseDotted()
    _ = try expect("import")
    if accept("*") {
      guard scope.kind == .module else { throw error("import * only allowed at module level") }
      return FromImportStmt(Loc(start).to(prevLoc), module, [], star: true)
    }
    let paren = accept("(")
    var names: [(String, NameExpr)] = []
    repeat {
      if paren && isOp(")") { break }
      let n = try expectName()
      var bind = n
      if accept("as") { bind = try expectName() }
      scope.assign(bind.text)
      names.append((n.text, makeName(bind)))
    } while accept(",")
    if paren { _ = try expect(")") }
    return FromImportStmt(Loc(start).to(prevLoc), module, names, star: false)
  }

  // MARK: Expressions

  /// `a, b, *c` → a tuple, or the single expression.
  mutating func parseExprList(allowStar: Bool) throws(Diagnostic) -> Expr {
    var items: [Expr] = []
    var trailingComma = false
    repeat {
      trailingComma = false
      if allowStar, isOp("*") {
        let s = advance()
        let v = try parseBitOr()
        items.append(StarredExpr(Loc(s).to(v.loc), v))
      } else {
        items.append(try parseExpr())
      }
      if isOp(",") {
        pos += 1; trailingComma = true
        if tok.kind == .newline || tok.kind == .eof || isOp("=") || isOp(")") || isOp(";") || isOp(":") { break }
      } else { break }
    } while true
    if items.count == 1 && !trailingComma { return items[0] }
    return TupleExpr(items[0].loc.to(prevLoc), items)
  }

  mutating func parseNamedExpr() throws(Diagnostic) -> Expr {
    let e = try parseExpr()
    if isOp(":=") { throw error("not supported in MiniPy: assignment expressions (':=')") }
    return e
  }

  mutating func parseExpr() throws(Diagnostic) -> Expr {
    try enter(); defer { depth -= 1 }
    if isKeyword("lambda") { return try parseLambda() }
    if isKeyword("yield") { throw error("not supported in MiniPy: generators ('yield')") }
    let e = try parseOr()
    if isKeyword("if") {
      // `x if c else y` (but not a comprehension's `if`, which parseOr's callers handle)
      pos += 1
      let cond = try parseOr()
      guard accept("else") else { throw error("expected 'else' after 'if' expression") }
      let other = try parseExpr()
      return IfExpr(e.loc.to(other.loc), cond, e, other)
    }
    return e
  }

  mutating func parseOr() throws(Diagnostic) -> Expr {
    var e = try parseAnd()
    if isKeyword("or") {
      var values = [e]
      while accept("or") { values.append(try parseAnd()) }
      e = BoolExpr(values[0].loc.to(values.last!.loc), isAnd: false, values)
    }
    return e
  }

  mutating func parseAnd() throws(Diagnostic) -> Expr {
    var e = try parseNot()
    if isKeyword("and") {
      var values = [e]
      while accept("and") { values.append(try parseNot()) }
      e = BoolExpr(values[0].loc.to(values.last!.loc), isAnd: true, values)
    }
    return e
  }

  mutating func parseNot() throws(Diagnostic) -> Expr {
    if isKeyword("not") {
      let t = advance()
      try enter(); defer { depth -= 1 }
      let v = try parseNot()
      return NotExpr(Loc(t).to(v.loc), v)
    }
    return try parseComparison()
  }

  mutating func parseComparison() throws(Diagnostic) -> Expr {
    let left = try parseBitOr()
    var ops: [CompareOp] = []
    var rights: [Expr] = []
    while true {
      var op: CompareOp?
      if tok.kind == .op {
        switch tok.text {
        case "<": op = .cmp(.less)
        case ">": op = .cmp(.greater)
        case "==": op = .cmp(.equal)
        case "!=": op = .cmp(.notEqual)
        case "<=": op = .cmp(.lessEqual)
        case ">=": op = .cmp(.greaterEqual)
        default: break
        }
        if op != nil { pos += 1 }
      } else if isKeyword("in") { pos += 1; op = .in }
      else if isKeyword("not") && peekTok().kind == .name && peekTok().text == "in" { pos += 2; op = .notIn }
      else if isKeyword("is") {
        pos += 1
        op = accept("not") ? .isNot : .is
      }
      guard let o = op else { break }
      ops.append(o)
      rights.append(try parseBitOr())
    }
    if ops.isEmpty { return left }
    return CompareExpr(left.loc.to(rights.last!.loc), left, ops, rights)
  }

  mutating func parseBinaryLevel(_ ops: [String: BinaryOperator], _ next: (inout Parser) throws(Diagnostic) -> Expr) throws(Diagnostic) -> Expr {
    var e = try next(&self)
    while tok.kind == .op, let op = ops[tok.text] {
      let opTok = advance()
      let r = try next(&self)
      e = BinExpr(e.loc.to(r.loc), op, e, r, opLoc: Loc(opTok))
    }
    return e
  }

  mutating func parseBitOr() throws(Diagnostic) -> Expr {
    try parseBinaryLevel(["|": .bitOr]) { (p: inout Parser) throws(Diagnostic) in
      try p.parseBinaryLevel(["^": .bitXor]) { (p: inout Parser) throws(Diagnostic) in
        try p.parseBinaryLevel(["&": .bitAnd]) { (p: inout Parser) throws(Diagnostic) in
          try p.parseBinaryLevel(["<<": .leftShift, ">>": .rightShift]) { (p: inout Parser) throws(Diagnostic) in
            try p.parseBinaryLevel(["+": .add, "-": .subtract]) { (p: inout Parser) throws(Diagnostic) in
              try p.parseBinaryLevel(["*": .multiply, "/": .trueDivide, "//": .floorDivide, "%": .modulo, "@": .matrixMultiply]) { (p: inout Parser) throws(Diagnostic) in
                try p.parseUnary()
              }
            }
          }
        }
      }
    }
  }

  mutating func parseUnary() throws(Diagnostic) -> Expr {
    if tok.kind == .op, tok.text == "-" || tok.text == "+" || tok.text == "~" {
      let t = advance()
      try enter(); defer { depth -= 1 }
      let v = try parseUnary()
      let op: UnaryOperator = t.text == "-" ? .negate : t.text == "+" ? .plus : .invert
      if op == .negate, let c = v as? Const {   // fold -1, -2.5
        if case .int(let i) = c.value, i != Int.min { return Const(Loc(t).to(v.loc), .int(-i)) }
        if case .float(let d) = c.value { return Const(Loc(t).to(v.loc), .float(-d)) }
      }
      return UnaryExpr(Loc(t).to(v.loc), op, v)
    }
    return try parsePower()
  }

  mutating func parsePower() throws(Diagnostic) -> Expr {
    if isKeyword("await") { throw error("not supported in MiniPy: await") }
    let base = try parsePostfix()
    if isOp("**") {
      let opTok = advance()
      try enter(); defer { depth -= 1 }
      let exp = try parseUnary()
      return BinExpr(base.loc.to(exp.loc), .power, base, exp, opLoc: Loc(opTok))
    }
    return base
  }

  mutating func parsePostfix() throws(Diagnostic) -> Expr {
    var e = try parseAtom()
    while true {
      if isOp("(") {
        pos += 1
        try enter(); defer { depth -= 1 }
        let (args, kwargs) = try parseCallArgs()
        let close = try expect(")")
        e = CallExpr(e.loc.to(Loc(close)), e, args, kwargs)
      } else if isOp("[") {
        pos += 1
        try enter(); defer { depth -= 1 }
        let index = try parseSubscriptList()
        let close = try expect("]")
        e = SubscriptExpr(e.loc.to(Loc(close)), e, index)
      } else if isOp(".") {
        pos += 1
        guard tok.kind == .name else { throw error("expected an attribute name after '.'") }
        let n = advance()
        e = AttrExpr(e.loc.to(Loc(n)), e, n.text)
      } else { break }
    }
    return e
  }

  mutating func parseCallArgs() throws(Diagnostic) -> ([Expr], [(String?, Expr)]) {
    var args: [Expr] = []
    var kwargs: [(String?, Expr)] = []
    while !isOp(")") {
      if accept("*") {
        let v = try parseExpr(); args.append(StarredExpr(prevLoc.to(v.loc), v))
      } else if accept("**") {
        kwargs.append((nil, try parseExpr()))
      } else if tok.kind == .name, peekTok().kind == .op, peekTok().text == "=" {
        let n = advance(); pos += 1
        if kwargs.contains(where: { $0.0 == n.text }) { throw error("keyword argument repeated: \(n.text)", at: n) }
        kwargs.append((n.text, try parseExpr()))
      } else {
        let e = try parseExpr()
        if isKeyword("for") {
          let g = try parseComprehension(kind: .generator, element: e, key: nil, start: e.loc)
          args.append(g)
        } else {
          if !kwargs.isEmpty, kwargs.contains(where: { $0.0 != nil }) {
            throw Diagnostic(.syntax, "positional argument follows keyword argument", range: e.loc.range(file))
          }
          args.append(e)
        }
      }
      if !accept(",") { break }
    }
    return (args, kwargs)
  }

  mutating func parseSubscriptList() throws(Diagnostic) -> Expr {
    var items: [Expr] = []
    var comma = false
    while !isOp("]") {
      items.append(try parseSubscriptItem())
      if accept(",") { comma = true } else { break }
    }
    guard !items.isEmpty else { throw error("expected an index inside '[]'") }
    if items.count == 1 && !comma { return items[0] }
    return TupleExpr(items[0].loc.to(items.last!.loc), items)
  }

  mutating func parseSubscriptItem() throws(Diagnostic) -> Expr {
    let start = tok
    var lo: Expr?
    if !isOp(":") {
      if accept("*") { let v = try parseBitOr(); return StarredExpr(Loc(start).to(v.loc), v) }
      lo = try parseExpr()
      if !isOp(":") { return lo! }
    }
    pos += 1   // ':'
    var hi: Expr?, step: Expr?
    if !isOp(":") && !isOp("]") && !isOp(",") { hi = try parseExpr() }
    if accept(":") {
      if !isOp("]") && !isOp(",") { step = try parseExpr() }
    }
    return SliceExpr(Loc(start).to(prevLoc), lo, hi, step)
  }

  // MARK: Atoms

  mutating func parseAtom() throws(Diagnostic) -> Expr {
    let t = tok
    switch t.kind {
    case .int: pos += 1; return Const(Loc(t), .int(t.intValue))
    case .float: pos += 1; return Const(Loc(t), .float(t.floatValue))
    case .string, .fstring: return try parseStrings()
    case .name:
      switch t.text {
      case "None": pos += 1; return Const(Loc(t), .none)
      case "True": pos += 1; return Const(Loc(t), .bool(true))
      case "False": pos += 1; return Const(Loc(t), .bool(false))
      case "lambda": return try parseLambda()
      case "yield": throw error("not supported in MiniPy: generators ('yield')")
      default:
        if Self.keywords.contains(t.text) {
          throw error("invalid syntax: unexpected keyword '\(t.text)'")
        }
        pos += 1
        return makeName(t)
      }
    case .op:
      switch t.text {
      case "(":
        pos += 1
        try enter(); defer { depth -= 1 }
        if isOp(")") { let c = advance(); return TupleExpr(Loc(t).to(Loc(c)), []) }
        if isKeyword("yield") { throw error("not supported in MiniPy: generators ('yield')") }
        var first: Expr
        if isOp("*") { let s = advance(); let v = try parseBitOr(); first = StarredExpr(Loc(s).to(v.loc), v) }
        else { first = try parseNamedExpr() }
        if isKeyword("for") {
          let g = try parseComprehension(kind: .generator, element: first, key: nil, start: Loc(t))
          _ = try expect(")", "to close '('")
          return g
        }
        if isOp(")") {
          let c = advance()
          if first is StarredExpr { throw Diagnostic(.syntax, "cannot use starred expression here", range: first.loc.range(file)) }
          return Parenthesized.wrap(first, Loc(t).to(Loc(c)))
        }
        var items = [first]
        while accept(",") {
          if isOp(")") { break }
          if isOp("*") { let s = advance(); let v = try parseBitOr(); items.append(StarredExpr(Loc(s).to(v.loc), v)) }
          else { items.append(try parseExpr()) }
        }
        let c = try expect(")", "to close '(' (or a ',' is missing)")
        return TupleExpr(Loc(t).to(Loc(c)), items)
      case "[":
        pos += 1
        try enter(); defer { depth -= 1 }
        var items: [Expr] = []
        while !isOp("]") {
          if isOp("*") { let s = advance(); let v = try parseBitOr(); items.append(StarredExpr(Loc(s).to(v.loc), v)) }
          else { items.append(try parseExpr()) }
          if items.count == 1, isKeyword("for") {
            let comp = try parseComprehension(kind: .list, element: items[0], key: nil, start: Loc(t))
            _ = try expect("]", "to close '['")
            return comp
          }
          if !accept(",") { break }
        }
        let c = try expect("]", "to close '[' (or a ',' is missing)")
        return ListExpr(Loc(t).to(Loc(c)), items)
      case "{":
        pos += 1
        try enter(); defer { depth -= 1 }
        var keys: [Expr?] = [], values: [Expr] = []
        var setItems: [Expr] = []
        var isSet = false
        while !isOp("}") {
          if accept("**") { keys.append(nil); values.append(try parseBitOr()) }
          else if isOp("*") { let s = advance(); let v = try parseBitOr(); setItems.append(StarredExpr(Loc(s).to(v.loc), v)); isSet = true }
          else {
            let k = try parseExpr()
            if accept(":") {
              let v = try parseExpr()
              if keys.isEmpty, isKeyword("for") {
                let comp = try parseComprehension(kind: .dict, element: v, key: k, start: Loc(t))
                _ = try expect("}", "to close '{'")
                return comp
              }
              keys.append(k); values.append(v)
            } else {
              isSet = true
              if setItems.isEmpty, isKeyword("for") {
                let comp = try parseComprehension(kind: .set, element: k, key: nil, start: Loc(t))
                _ = try expect("}", "to close '{'")
                return comp
              }
              setItems.append(k)
            }
          }
          if isSet && !keys.isEmpty { throw error("invalid syntax: mixing set items and dict entries") }
          if !accept(",") { break }
        }
        let c = try expect("}", "to close '{' (or a ',' is missing)")
        if isSet { return SetExpr(Loc(t).to(Loc(c)), setItems) }
        return DictExpr(Loc(t).to(Loc(c)), keys, values)
      case "...": pos += 1; return Const(Loc(t), .ellipsis)
      default: break
      }
    default: break
    }
    if t.kind == .indent { throw error("unexpected indent") }
    if t.kind == .newline || t.kind == .eof || t.kind == .dedent { throw error("invalid syntax: expression expected", at: t) }
    throw error("invalid syntax: unexpected \(describe(t))")
  }

  // MARK: Comprehensions

  mutating func parseComprehension(kind: CompKind, element: Expr, key: Expr?, start: Loc) throws(Diagnostic) -> Expr {
    // The element (and key) were parsed in the enclosing scope; move their names into the
    // comprehension's own scope.
    let outer = scope
    let compScope = Scope(kind: .comprehension, parent: outer)
    let code = CodeObject(name: "<\(kind)comp>", qualifiedName: "<\(kind)comp>", fileName: file, scope: compScope)
    code.sourceLines = sourceLines
    let moved = Set((NameCollector.collect(element) + (key.map { NameCollector.collect($0) } ?? [])).map { ObjectIdentifier($0) })
    outer.names.removeAll { moved.contains(ObjectIdentifier($0)) }
    compScope.names += NameCollector.collect(element) + (key.map { NameCollector.collect($0) } ?? [])
    // Lambdas/comprehensions inside the element were parented to the outer scope.
    let movedScopes = NameCollector.scopes(element) + (key.map { NameCollector.scopes($0) } ?? [])
    for s in movedScopes {
      outer.children.removeAll { $0 === s }
      compScope.children.append(s); s.parent = compScope
    }
    scope = compScope
    defer { scope = outer }
    var clauses: [CompClause] = []
    while isKeyword("for") {
      pos += 1
      let target = try parseTargetList()
      try markStore(target)
      _ = try expect("in", "in comprehension")
      let iter = try parseOr()
      var ifs: [Expr] = []
      while isKeyword("if") { pos += 1; ifs.append(try parseOr()) }
      clauses.append(CompClause(target: target, iter: iter, ifs: ifs))
    }
    return CompExpr(start.to(prevLoc), kind: kind, code: code, element: element, key: key, clauses: clauses)
  }

  // MARK: Strings and f-strings

  mutating func parseStrings() throws(Diagnostic) -> Expr {
    let first = tok
    var parts: [FPart] = []
    var hasF = false
    while tok.kind == .string || tok.kind == .fstring {
      let t = advance()
      if t.kind == .string { parts.append(.literal(t.text)) }
      else { hasF = true; parts += try parseFString(t) }
    }
    let loc = Loc(first).to(prevLoc)
    if !hasF {
      var s = ""
      for case .literal(let l) in parts { s += l }
      return Const(loc, .str(s))
    }
    return FStringExpr(loc, Self.merge(parts))
  }

  static func merge(_ parts: [FPart]) -> [FPart] {
    var out: [FPart] = []
    for p in parts {
      if case .literal(let b) = p, let last = out.last, case .literal(let a) = last {
        out[out.count - 1] = .literal(a + b)
      } else if case .literal(let b) = p, b.isEmpty { continue } else { out.append(p) }
    }
    return out
  }

  mutating func parseFString(_ t: Token) throws(Diagnostic) -> [FPart] {
    let chars = Array(t.text.unicodeScalars)
    var line = t.rawStart.line, col = t.rawStart.column
    var k = 0
    return try parseFStringParts(chars, &k, &line, &col, inSpec: false, raw: t.isRaw, token: t)
  }

  mutating func parseFStringParts(_ c: [Unicode.Scalar], _ k: inout Int, _ line: inout Int32, _ col: inout Int32, inSpec: Bool, raw: Bool, token: Token) throws(Diagnostic) -> [FPart] {
    var parts: [FPart] = []
    var lit: [Unicode.Scalar] = []
    func step(_ n: Int, _ k: inout Int, _ line: inout Int32, _ col: inout Int32) {
      for _ in 0..<n { if k < c.count && c[k] == "\n" { line += 1; col = 1 } else { col += 1 }; k += 1 }
    }
    func flush() throws(Diagnostic) {
      if !lit.isEmpty {
        parts.append(.literal(raw ? String(String.UnicodeScalarView(lit)) : try Lexer.decodeEscapes(lit, lexer: Lexer("", file: file), line: token.line, column: token.column)))
        lit = []
      }
    }
    while k < c.count {
      let ch = c[k]
      if inSpec && ch == "}" { break }
      if ch == "{" {
        if !inSpec, k + 1 < c.count, c[k + 1] == "{" { lit.append("{"); step(2, &k, &line, &col); continue }
        try flush()
        step(1, &k, &line, &col)
        // find the end of the expression: top-level '}', '!', ':' or '='
        let exprStart = k, exprLine = line, exprCol = col
        var nest = 0
        var quote: Unicode.Scalar? = nil
        while k < c.count {
          let d = c[k]
          if let q = quote { if d == q { quote = nil }; step(1, &k, &line, &col); continue }
          if d == "'" || d == "\"" { quote = d }
          else if d == "(" || d == "[" || d == "{" { nest += 1 }
          else if d == ")" || d == "]" || d == "}" { if nest == 0 { break }; nest -= 1 }
          else if nest == 0 && (d == ":" || (d == "!" && k + 1 < c.count && c[k + 1] != "=")) { break }
          else if nest == 0 && d == "=" && k > exprStart && !"=!<>".unicodeScalars.contains(c[k - 1]) && (k + 1 >= c.count || c[k + 1] != "=") {
            var m = k + 1
            while m < c.count, c[m] == " " { m += 1 }
            if m < c.count, c[m] == "}" || c[m] == "!" || c[m] == ":" { break }
          }
          step(1, &k, &line, &col)
        }
        guard k < c.count else { throw error("f-string: expecting '}'", at: token) }
        var exprText = String(String.UnicodeScalarView(c[exprStart..<k]))
        var debugText: String?
        if c[k] == "=" {
          step(1, &k, &line, &col)
          var trailing = ""
          while k < c.count, c[k] == " " { trailing += " "; step(1, &k, &line, &col) }
          debugText = exprText + "=" + trailing
        }
        if exprText.trimmingCharacters(in: .whitespaces).isEmpty { throw error("f-string: empty expression not allowed", at: token) }
        if exprText.contains("\\") { throw error("f-string expression part cannot include a backslash", at: token) }
        exprText = exprText.replacingOccurrences(of: "\n", with: " ")
        let expr = try parseSubExpression(exprText, line: exprLine, column: exprCol)
        var conversion: Character?
        if k < c.count, c[k] == "!" {
          step(1, &k, &line, &col)
          guard k < c.count, "rsa".unicodeScalars.contains(c[k]) else { throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: token) }
          conversion = Character(c[k]); step(1, &k, &line, &col)
        }
        var spec: [FPart]?
        if k < c.count, c[k] == ":" {
          step(1, &k, &line, &col)
          spec = Self.merge(try parseFStringParts(c, &k, &line, &col, inSpec: true, raw: raw, token: token))
        }
        guard k < c.count, c[k] == "}" else { throw error("f-string: expecting '}'", at: token) }
        step(1, &k, &line, &col)
        if debugText != nil && conversion == nil && spec == nil { conversion = "r" }
        parts.append(.field(FField(expr: expr, conversion: conversion, spec: spec, debugText: debugText)))
        continue
      }
      if ch == "}" {
        if k + 1 < c.count, c[k + 1] == "}" { lit.append("}"); step(2, &k, &line, &col); continue }
        throw error("f-string: single '}' is not allowed", at: token)
      }
      lit.append(ch); step(1, &k, &line, &col)
    }
    try flush()
    return parts
  }

  mutating func parseSubExpression(_ text: String, line: Int32, column: Int32) throws(Diagnostic) -> Expr {
    var lx = Lexer("(" + text + ")", file: file)
    var sub = try lx.tokenize()
    for j in sub.indices {
      if sub[j].line == 1 { sub[j].column += column - 2; sub[j].endColumn += column - 2 }
      sub[j].line += line - 1; sub[j].endLine += line - 1
    }
    let savedToks = toks, savedPos = pos
    toks = sub; pos = 0
    defer { toks = savedToks; pos = savedPos }
    let e = try parseExpr()
    guard tok.kind == .newline || tok.kind == .eof else { throw error("f-string: invalid syntax") }
    return e
  }
}

// MARK: - Helpers

/// Marks a parenthesised expression so `(a) = 1` and `(x)` keep their range but stay the same
/// node (parentheses have no node of their own).
enum Parenthesized {
  static func wrap(_ e: Expr, _ loc: Loc) -> Expr { e }
}

/// Finds the `NameExpr`s and nested scopes of an expression tree (for comprehensions, whose
/// element is parsed before the parser knows it is in a comprehension).
enum NameCollector {
  static func collect(_ e: Expr) -> [NameExpr] {
    var out: [NameExpr] = []
    walk(e) { if let n = $0 as? NameExpr { out.append(n) } }
    return out
  }
  static func scopes(_ e: Expr) -> [Scope] {
    var out: [Scope] = []
    walk(e, intoScopes: false) {
      if let l = $0 as? LambdaExpr { out.append(l.code.scope) }
      if let c = $0 as? CompExpr { out.append(c.code.scope) }
    }
    return out
  }
  /// Visits `e` and its subexpressions; does not descend into lambdas or comprehensions
  /// (their names belong to their own scopes) except for their default values.
  static func walk(_ e: Expr, intoScopes: Bool = false, _ visit: (Expr) -> Void) {
    visit(e)
    func w(_ x: Expr?) { if let x { walk(x, visit) } }
    switch e {
    case let x as BinExpr: w(x.left); w(x.right)
    case let x as UnaryExpr: w(x.operand)
    case let x as NotExpr: w(x.operand)
    case let x as BoolExpr: x.values.forEach { w($0) }
    case let x as CompareExpr: w(x.left); x.rights.forEach { w($0) }
    case let x as IfExpr: w(x.cond); w(x.body); w(x.orelse)
    case let x as CallExpr: w(x.function); x.args.forEach { w($0) }; x.kwargs.forEach { w($0.1) }
    case let x as AttrExpr: w(x.object)
    case let x as SubscriptExpr: w(x.object); w(x.index)
    case let x as SliceExpr: w(x.lower); w(x.upper); w(x.step)
    case let x as ListExpr: x.elements.forEach { w($0) }
    case let x as TupleExpr: x.elements.forEach { w($0) }
    case let x as SetExpr: x.elements.forEach { w($0) }
    case let x as DictExpr: x.keys.forEach { w($0) }; x.values.forEach { w($0) }
    case let x as StarredExpr: w(x.value)
    case let x as FStringExpr:
      for p in x.parts { if case .field(let f) = p { w(f.expr); for q in f.spec ?? [] { if case .field(let g) = q { w(g.expr) } } } }
    case let x as LambdaExpr: x.defaults.forEach { w($0) }; x.kwDefaults.forEach { w($0.1) }
    case let x as CompExpr: if let first = x.clauses.first { _ = first }
    default: break
    }
  }
}
