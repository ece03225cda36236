import Foundation

// MARK: - Loading

extension ChapterDocument {
  /// Reads and parses a chapter file. The id is the file stem.
  /// - Throws: `DocumentError` for a malformed document or an unreadable file.
  public static func load(from url: URL) throws(DocumentError) -> ChapterDocument {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw DocumentError(issues: [
        DocumentIssue(file: url.path, line: 0, message: "cannot read the chapter file (\(error.localizedDescription))")
      ])
    }
    return try parse(text, id: url.deletingPathExtension().lastPathComponent, file: url.path, url: url)
  }

  /// Parses a chapter document.
  /// - Parameters:
  ///   - text: the Markdown source.
  ///   - id: the chapter id (the file stem).
  ///   - file: the name used in error messages.
  /// - Throws: `DocumentError` listing every problem found, with its line.
  /// - Complexity: O(n) in the text's length.
  public static func parse(_ text: String, id: String, file: String, url: URL? = nil) throws(DocumentError)
    -> ChapterDocument
  {
    var builder = ChapterBuilder(file: file)
    var markdown = MarkdownBlockParser(file: file)
    let raw = markdown.parse(sourceLines(text))
    builder.issues = markdown.issues
    let blocks = builder.assemble(raw)
    if !builder.issues.isEmpty {
      throw DocumentError(issues: builder.issues.sorted { ($0.line, $0.message) < ($1.line, $1.message) })
    }
    let title =
      blocks.lazy.compactMap { block -> String? in
        if case .heading(1, let content, _) = block { return content.plainText } else { return nil }
      }.first ?? id
    return ChapterDocument(id: id, title: title, url: url, blocks: blocks, exercises: builder.orderedExercises)
  }
}

// MARK: - Info strings

/// A parsed fence info string: `kind key=value flag …`.
struct CellInfo {
  enum Kind: String, CaseIterable { case python, exercise, check, hint, solution }
  var kind: Kind
  var attributes: [String: String] = [:]
  var flags: Set<String> = []

  static let allowed: [Kind: (keys: Set<String>, flags: Set<String>, required: Set<String>)] = [
    .python: (["id"], ["expect-error"], []),
    .exercise: (["id", "points"], [], ["id"]),
    .check: (["id"], [], ["id"]),
    .hint: (["id"], [], ["id"]),
    .solution: (["id"], [], ["id"]),
  ]

  /// Parses `info`; nil when its first word is not a cell kind (a plain code block).
  /// - Throws: a message when the word is a cell kind but the rest is malformed.
  static func parse(_ info: String) throws(InfoError) -> CellInfo? {
    let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let first = words.first, let kind = Kind(rawValue: first) else { return nil }
    var result = CellInfo(kind: kind)
    let rules = allowed[kind]!
    for word in words.dropFirst() {
      if let eq = word.firstIndex(of: "=") {
        let key = String(word[..<eq]), value = String(word[word.index(after: eq)...])
        guard rules.keys.contains(key) else {
          throw InfoError("unknown attribute '\(key)' in '\(info)' (a \(kind) block takes \(describe(rules)))")
        }
        guard !value.isEmpty else { throw InfoError("attribute '\(key)=' has no value in '\(info)'") }
        guard result.attributes[key] == nil else { throw InfoError("attribute '\(key)' is given twice in '\(info)'") }
        result.attributes[key] = value
      } else {
        guard rules.flags.contains(word) else {
          throw InfoError("unknown word '\(word)' in '\(info)' (a \(kind) block takes \(describe(rules)))")
        }
        result.flags.insert(word)
      }
    }
    for key in rules.required.sorted() where result.attributes[key] == nil {
      throw InfoError("a \(kind) block needs '\(key)=…' (as in '\(kind) id=4.2')")
    }
    if let id = result.attributes["id"], !isValidID(id) {
      throw InfoError("'\(id)' is not a valid id (use letters, digits, '.', '_', '-')")
    }
    if let points = result.attributes["points"] {
      guard let value = Double(points), value.isFinite, value >= 0 else {
        throw InfoError("points=\(points) is not a non-negative number")
      }
    }
    return result
  }

  static func describe(_ rules: (keys: Set<String>, flags: Set<String>, required: Set<String>)) -> String {
    let all = rules.keys.sorted().map { "\($0)=…" } + rules.flags.sorted()
    return all.isEmpty ? "nothing" : all.joined(separator: ", ")
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "_" || $0 == "-" }
  }
}

struct InfoError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

// MARK: - Assembly and validation

private struct ChapterBuilder {
  var file: String
  var issues: [DocumentIssue] = []
  var exercises: [String: Exercise] = [:]
  var exerciseOrder: [String] = []
  var exerciseLines: [String: Int] = [:]
  var checkLines: [String: Int] = [:]
  var codeIDs: [String: Int] = [:]
  var codeCount = 0

  init(file: String) { self.file = file }

  var orderedExercises: [Exercise] { exerciseOrder.compactMap { exercises[$0] } }

  mutating func issue(_ line: Int, _ message: String) {
    issues.append(DocumentIssue(file: file, line: line, message: message))
  }

  mutating func assemble(_ raw: [Block]) -> [Block] {
    var blocks: [Block] = []
    for block in raw {
      guard case .code(let info, let text, let line) = block else {
        blocks.append(rejectNestedCells(block))
        continue
      }
      let parsed: CellInfo?
      do {
        parsed = try CellInfo.parse(info)
      } catch {
        issue(line, error.message)
        continue
      }
      guard let cellInfo = parsed else {
        blocks.append(.code(language: languageWord(info), text: text, line: line))
        continue
      }
      if let cell = add(cellInfo, text: text, line: line) { blocks.append(.cell(cell)) }
    }
    for id in exerciseOrder {
      guard let exercise = exercises[id], let line = exerciseLines[id] else { continue }
      if checkLines[id] == nil { issue(line, "exercise id=\(id) has no check block ('check id=\(id)') after it") }
      if exercise.solution == nil {
        issue(line, "exercise id=\(id) has no solution block ('solution id=\(id)') after it")
      }
    }
    return blocks
  }

  /// Adds a cell-kind block; returns the cell to place in the document, if it is one.
  mutating func add(_ info: CellInfo, text: String, line: Int) -> ChapterCell? {
    let firstLine = line + 1
    switch info.kind {
    case .python:
      codeCount += 1
      let id = info.attributes["id"] ?? "cell-\(codeCount)"
      if let previous = codeIDs[id] ?? exerciseLines[id] {
        issue(line, "duplicate id '\(id)' (first used on line \(previous))")
        return nil
      }
      codeIDs[id] = line
      return ChapterCell(id: id, kind: .code, source: text, firstLine: firstLine, expectsError: info.flags.contains("expect-error"))
    case .exercise:
      let id = info.attributes["id"]!
      if let previous = exerciseLines[id] ?? codeIDs[id] {
        issue(line, "duplicate id '\(id)' (first used on line \(previous))")
        return nil
      }
      let points = info.attributes["points"].flatMap(Double.init) ?? 1
      let cell = ChapterCell(id: id, kind: .exercise(id: id), source: text, firstLine: firstLine)
      exercises[id] = Exercise(id: id, points: points, cell: cell)
      exerciseOrder.append(id)
      exerciseLines[id] = line
      return cell
    case .check, .hint, .solution:
      let id = info.attributes["id"]!
      guard var exercise = exercises[id] else {
        issue(line, "\(info.kind) id=\(id) has no 'exercise id=\(id)' before it")
        return nil
      }
      switch info.kind {
      case .check:
        if let previous = checkLines[id] {
          issue(line, "exercise id=\(id) already has a check block (line \(previous)); put all its checks in one block")
          return nil
        }
        checkLines[id] = line
        let split = splitChecks(text, firstLine: firstLine, exerciseID: id)
        exercise.checkSetup = split.setup
        exercise.checks = split.checks
      case .hint:
        exercise.hintTexts.append(text)
        var markdown = MarkdownBlockParser(file: file)
        let lines = sourceLines(text, firstLine: firstLine).map(\.text)
        exercise.hints.append(lines.isEmpty ? [] : markdown.parseParagraphInlines(lines))
      case .solution:
        if exercise.solution != nil {
          issue(line, "exercise id=\(id) already has a solution block")
          return nil
        }
        exercise.solution = CheckSource(code: text, firstLine: firstLine)
      case .python, .exercise:
        break
      }
      exercises[id] = exercise
      return nil
    }
  }

  /// Splits a check block on `# check: NAME [weight=W] [hidden]` lines.
  mutating func splitChecks(_ text: String, firstLine: Int, exerciseID: String) -> (setup: CheckSource?, checks: [CheckSpec]) {
    let lines = sourceLines(text, firstLine: firstLine)
    var setupLines: [Substring] = []
    var checks: [CheckSpec] = []
    var current: (name: String, weight: Double, visibility: CheckSpec.Visibility, line: Int, body: [Substring])? = nil
    var names: [String: Int] = [:]

    func finish(_ c: (name: String, weight: Double, visibility: CheckSpec.Visibility, line: Int, body: [Substring])) -> CheckSpec {
      CheckSpec(
        name: c.name, weight: c.weight, visibility: c.visibility,
        source: CheckSource(code: c.body.joined(separator: "\n"), firstLine: c.line + 1))
    }

    for line in lines {
      if let header = checkHeader(line.text) {
        if let c = current { checks.append(finish(c)) }
        var name = "", weight = 1.0, visibility = CheckSpec.Visibility.public
        var words = header.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        while let last = words.last {
          if last == "hidden" {
            visibility = .hidden
          } else if last == "public" {
            visibility = .public
          } else if last.hasPrefix("weight=") {
            let value = String(last.dropFirst("weight=".count))
            if let w = Double(value), w.isFinite, w > 0 {
              weight = w
            } else {
              issue(line.number, "weight=\(value) is not a positive number")
            }
          } else {
            break
          }
          words.removeLast()
        }
        name = words.joined(separator: " ")
        if name.isEmpty {
          issue(line.number, "a '# check:' line needs a name (as in '# check: gradient at w=3 is 6')")
          name = "check \(checks.count + 1)"
        }
        if let previous = names[name] {
          issue(line.number, "exercise id=\(exerciseID) has two checks named '\(name)' (first on line \(previous))")
        }
        names[name] = line.number
        current = (name, weight, visibility, line.number, [])
      } else if current != nil {
        current!.body.append(line.text)
      } else {
        setupLines.append(line.text)
      }
    }
    if let c = current { checks.append(finish(c)) }
    if checks.isEmpty {
      return (nil, [CheckSpec(name: "check \(exerciseID)", source: CheckSource(code: text, firstLine: firstLine))])
    }
    let setupCode = setupLines.joined(separator: "\n")
    let hasSetup = setupLines.contains { line in
      let t = line.trimmingCharacters(in: .whitespaces)
      return !t.isEmpty && !t.hasPrefix("#")
    }
    return (hasSetup ? CheckSource(code: setupCode, firstLine: firstLine) : nil, checks)
  }

  /// The text after `# check:` when the line is a check header.
  func checkHeader(_ line: Substring) -> String? {
    var rest = line.drop { $0 == " " || $0 == "\t" }
    guard rest.hasPrefix("#") else { return nil }
    rest = rest.dropFirst().drop { $0 == " " }
    guard rest.hasPrefix("check:") else { return nil }
    return rest.dropFirst("check:".count).trimmingCharacters(in: .whitespaces)
  }

  /// Walks containers: cells must be top-level; a cell fence inside a list or quote is an error.
  mutating func rejectNestedCells(_ block: Block) -> Block {
    switch block {
    case .quote(let inner, let line):
      return .quote(inner.map { rejectNested($0) }, line: line)
    case .list(let ordered, let start, let items, let line):
      return .list(ordered: ordered, start: start, items: items.map { $0.map { rejectNested($0) } }, line: line)
    default:
      return block
    }
  }

  private mutating func rejectNested(_ block: Block) -> Block {
    if case .code(let info, let text, let line) = block {
      if CellInfo.Kind(rawValue: languageWord(info)) != nil {
        issue(line, "a '\(languageWord(info))' cell must be a top-level block, not inside a list or a block quote")
      }
      return .code(language: languageWord(info), text: text, line: line)
    }
    return rejectNestedCells(block)
  }

  func languageWord(_ info: String) -> String {
    String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
  }
}
