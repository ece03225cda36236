import Foundation

/// A line of the source with its 1-based line number in the file.
struct SourceLine {
  var text: Substring
  var number: Int
}

/// Splits text into lines (`\n`, `\r\n` or `\r`), numbering them from `firstLine`.
func sourceLines(_ text: String, firstLine: Int = 1) -> [SourceLine] {
  var lines: [SourceLine] = []
  var number = firstLine
  let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  for piece in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
    lines.append(SourceLine(text: piece, number: number))
    number += 1
  }
  if let last = lines.last, last.text.isEmpty, lines.count > 1 { lines.removeLast() }
  return lines
}

// MARK: - Block parser

/// Parses Markdown blocks (the CommonMark subset chapters use) into `Block`s.
///
/// Fenced blocks come out as `.code(language: <whole info string>, …)`; the chapter parser
/// turns top-level ones whose info string names a cell kind into cells. Problems (an unclosed
/// fence) are appended to `issues`.
/// - Complexity: O(total characters); nested containers re-scan their own lines once.
struct MarkdownBlockParser {
  var file: String
  var issues: [DocumentIssue] = []

  init(file: String) { self.file = file }

  mutating func parse(_ lines: [SourceLine]) -> [Block] {
    var blocks: [Block] = []
    var i = 0
    while i < lines.count {
      let line = lines[i]
      if isBlank(line.text) { i += 1; continue }
      let indent = indentation(line.text)
      let rest = line.text.dropFirst(min(indent, line.text.count))

      if indent >= 4 {
        blocks.append(indentedCode(lines, &i))
        continue
      }
      if let fence = fenceOpening(rest) {
        blocks.append(fencedCode(lines, &i, fence: fence, indent: indent))
        continue
      }
      if let heading = atxHeading(rest) {
        blocks.append(.heading(level: heading.level, content: parseInlines(heading.text), line: line.number))
        i += 1
        continue
      }
      if isThematicBreak(rest) {
        blocks.append(.thematicBreak(line: line.number))
        i += 1
        continue
      }
      if rest.hasPrefix(">") {
        blocks.append(blockQuote(lines, &i))
        continue
      }
      if listMarker(line.text) != nil {
        blocks.append(list(lines, &i))
        continue
      }
      if i + 1 < lines.count, let table = table(lines, &i) {
        blocks.append(table)
        continue
      }
      blocks.append(paragraph(lines, &i))
    }
    return blocks
  }

  // MARK: - Leaf blocks

  private mutating func indentedCode(_ lines: [SourceLine], _ i: inout Int) -> Block {
    let start = lines[i].number
    var body: [Substring] = []
    while i < lines.count, isBlank(lines[i].text) || indentation(lines[i].text) >= 4 {
      body.append(isBlank(lines[i].text) ? "" : dropIndent(lines[i].text, 4))
      i += 1
    }
    while body.last?.isEmpty == true { body.removeLast() }
    return .code(language: "", text: body.joined(separator: "\n"), line: start)
  }

  struct Fence {
    var character: Character
    var count: Int
    var info: String
  }

  /// The opening of a fenced block (``` or ~~~, three or more), if `rest` starts one.
  func fenceOpening(_ rest: Substring) -> Fence? {
    guard let first = rest.first, first == "`" || first == "~" else { return nil }
    let count = rest.prefix { $0 == first }.count
    guard count >= 3 else { return nil }
    let info = rest.dropFirst(count).trimmingCharacters(in: .whitespaces)
    if first == "`" && info.contains("`") { return nil }
    return Fence(character: first, count: count, info: info)
  }

  private mutating func fencedCode(_ lines: [SourceLine], _ i: inout Int, fence: Fence, indent: Int) -> Block {
    let open = lines[i]
    i += 1
    var body: [Substring] = []
    var closed = false
    while i < lines.count {
      let text = lines[i].text
      let ind = indentation(text)
      if ind <= 3 {
        let rest = text.dropFirst(ind)
        let run = rest.prefix { $0 == fence.character }.count
        if run >= fence.count && rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) {
          closed = true
          i += 1
          break
        }
      }
      body.append(dropIndent(text, indent))
      i += 1
    }
    if !closed {
      let opening = String(repeating: fence.character, count: fence.count) + fence.info
      issues.append(
        DocumentIssue(
          file: file, line: open.number,
          message: "the code fence '\(opening)' opened here is never closed (add a line '\(String(repeating: fence.character, count: fence.count))')"))
    }
    return .code(language: fence.info, text: body.joined(separator: "\n"), line: open.number)
  }

  func atxHeading(_ rest: Substring) -> (level: Int, text: Substring)? {
    let level = rest.prefix { $0 == "#" }.count
    guard (1...6).contains(level) else { return nil }
    let after = rest.dropFirst(level)
    guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
    var text = after.trimmingCharacters(in: .whitespaces)[...]
    // A closing run of #s preceded by a space is not part of the heading.
    if let lastNonHash = text.lastIndex(where: { $0 != "#" }) {
      if text[lastNonHash] == " " && text.index(after: lastNonHash) < text.endIndex {
        text = text[..<lastNonHash]
      }
    } else {
      text = ""
    }
    return (level, Substring(text.trimmingCharacters(in: .whitespaces)))
  }

  func isThematicBreak(_ rest: Substring) -> Bool {
    let chars = rest.filter { $0 != " " && $0 != "\t" }
    guard let first = chars.first, "-*_".contains(first), chars.count >= 3 else { return false }
    return chars.allSatisfy { $0 == first }
  }

  private mutating func paragraph(_ lines: [SourceLine], _ i: inout Int) -> Block {
    let start = lines[i].number
    var body: [Substring] = [lines[i].text]
    i += 1
    while i < lines.count {
      let text = lines[i].text
      if isBlank(text) { break }
      let ind = indentation(text)
      let rest = text.dropFirst(min(ind, text.count))
      // Setext heading underline.
      if ind <= 3, let first = rest.first, first == "=" || first == "-",
        rest.trimmingCharacters(in: .whitespaces).allSatisfy({ $0 == first })
      {
        i += 1
        let content = body.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        return .heading(level: first == "=" ? 1 : 2, content: parseInlines(Substring(content)), line: start)
      }
      if ind <= 3 && interruptsParagraph(rest, fullLine: text) { break }
      body.append(text)
      i += 1
    }
    return .paragraph(parseParagraphInlines(body), line: start)
  }

  /// Whether a line starts a block that ends a paragraph without a blank line between.
  func interruptsParagraph(_ rest: Substring, fullLine: Substring) -> Bool {
    if fenceOpening(rest) != nil || atxHeading(rest) != nil || isThematicBreak(rest) || rest.hasPrefix(">") {
      return true
    }
    if let marker = listMarker(fullLine) {
      // As in CommonMark, only a non-empty bullet item or an ordered item starting at 1.
      return !marker.emptyItem && (!marker.ordered || marker.start == 1)
    }
    return false
  }

  /// Joins paragraph lines into inlines with soft and hard breaks. The lines are parsed as one
  /// text, so emphasis and code spans may continue onto the next line (`**loss\nfunction**`).
  func parseParagraphInlines(_ body: [Substring]) -> [Inline] {
    let soft: Character = "\u{1}", hard: Character = "\u{2}"
    var joined = ""
    for (n, raw) in body.enumerated() {
      var line = Substring(raw.drop { $0 == " " || $0 == "\t" })
      var isHard = false
      if n < body.count - 1 {
        if line.hasSuffix("  ") {
          isHard = true
        } else if line.hasSuffix("\\") {
          isHard = true
          line = line.dropLast()
        }
      }
      joined += line.trimmingCharacters(in: .whitespaces)
      if n < body.count - 1 { joined.append(isHard ? hard : soft) }
    }
    return mergeText(splitBreaks(parseInlines(Substring(joined)), soft: soft, hard: hard))
  }

  /// Turns the break markers back into `.softBreak`/`.hardBreak` (a space inside code spans).
  private func splitBreaks(_ inlines: [Inline], soft: Character, hard: Character) -> [Inline] {
    var out: [Inline] = []
    for inline in inlines {
      switch inline {
      case .text(let t):
        var current = ""
        for ch in t {
          if ch == soft || ch == hard {
            if !current.isEmpty { out.append(.text(current)) }
            current = ""
            out.append(ch == soft ? .softBreak : .hardBreak)
          } else {
            current.append(ch)
          }
        }
        if !current.isEmpty { out.append(.text(current)) }
      case .code(let c):
        out.append(.code(String(c.map { $0 == soft || $0 == hard ? " " : $0 })))
      case .emphasis(let c): out.append(.emphasis(splitBreaks(c, soft: soft, hard: hard)))
      case .strong(let c): out.append(.strong(splitBreaks(c, soft: soft, hard: hard)))
      case .link(let text, let dest): out.append(.link(text: splitBreaks(text, soft: soft, hard: hard), destination: dest))
      case .softBreak, .hardBreak: out.append(inline)
      }
    }
    return out
  }

  // MARK: - Containers

  private mutating func blockQuote(_ lines: [SourceLine], _ i: inout Int) -> Block {
    let start = lines[i].number
    var inner: [SourceLine] = []
    var previousBlank = false
    while i < lines.count {
      let text = lines[i].text
      let ind = indentation(text)
      let rest = text.dropFirst(min(ind, text.count))
      if ind <= 3 && rest.hasPrefix(">") {
        var content = rest.dropFirst()
        if content.first == " " { content = content.dropFirst() }
        inner.append(SourceLine(text: content, number: lines[i].number))
        previousBlank = isBlank(content)
        i += 1
      } else if !isBlank(text) && !previousBlank && !interruptsParagraph(rest, fullLine: text) {
        inner.append(SourceLine(text: text, number: lines[i].number))  // lazy continuation
        i += 1
      } else {
        break
      }
    }
    return .quote(parse(inner), line: start)
  }

  struct ListMarker {
    var ordered: Bool
    var bullet: Character  // the bullet, or the delimiter ('.' or ')') of an ordered item
    var start: Int
    var indent: Int
    /// Column where the item's content starts.
    var contentOffset: Int
    var emptyItem: Bool
  }

  /// The list marker a line starts with, if any.
  func listMarker(_ text: Substring) -> ListMarker? {
    let indent = indentation(text)
    let rest = text.dropFirst(min(indent, text.count))
    guard let first = rest.first else { return nil }
    var markerLength: Int
    var ordered = false
    var bullet: Character = first
    var start = 1
    if "-*+".contains(first) {
      markerLength = 1
    } else if first.isASCII && first.isNumber {
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard digits.count <= 9 else { return nil }
      let after = rest.dropFirst(digits.count)
      guard let delimiter = after.first, delimiter == "." || delimiter == ")" else { return nil }
      ordered = true
      bullet = delimiter
      start = Int(digits) ?? 1
      markerLength = digits.count + 1
    } else {
      return nil
    }
    let afterMarker = rest.dropFirst(markerLength)
    if afterMarker.isEmpty || isBlank(afterMarker) {
      return ListMarker(
        ordered: ordered, bullet: bullet, start: start, indent: indent,
        contentOffset: indent + markerLength + 1, emptyItem: true)
    }
    guard afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
    var spaces = afterMarker.prefix { $0 == " " }.count
    if spaces > 4 || spaces == 0 { spaces = 1 }
    return ListMarker(
      ordered: ordered, bullet: bullet, start: start, indent: indent,
      contentOffset: indent + markerLength + spaces, emptyItem: false)
  }

  private mutating func list(_ lines: [SourceLine], _ i: inout Int) -> Block {
    let start = lines[i].number
    guard let first = listMarker(lines[i].text) else { return paragraph(lines, &i) }
    var items: [[Block]] = []
    while i < lines.count, let marker = listMarker(lines[i].text), indentation(lines[i].text) < first.contentOffset,
      marker.ordered == first.ordered, marker.bullet == first.bullet,
      !isThematicBreak(lines[i].text.dropFirst(indentation(lines[i].text)))
    {
      var itemLines: [SourceLine] = [
        SourceLine(text: lines[i].text.dropFirst(min(marker.contentOffset, lines[i].text.count)), number: lines[i].number)
      ]
      i += 1
      var previousBlank = false
      var inFence: Fence? = nil
      while i < lines.count {
        let text = lines[i].text
        if isBlank(text) {
          itemLines.append(SourceLine(text: "", number: lines[i].number))
          previousBlank = true
          i += 1
          continue
        }
        let ind = indentation(text)
        if ind >= marker.contentOffset {
          let inner = dropIndent(text, marker.contentOffset)
          if let fence = inFence {
            let run = inner.prefix { $0 == fence.character }.count
            if run >= fence.count && inner.dropFirst(run).allSatisfy({ $0 == " " }) { inFence = nil }
          } else if let fence = fenceOpening(Substring(inner.drop { $0 == " " })) {
            inFence = fence
          }
          itemLines.append(SourceLine(text: inner, number: lines[i].number))
          previousBlank = false
          i += 1
          continue
        }
        if inFence == nil && !previousBlank && listMarker(text) == nil
          && !interruptsParagraph(text.dropFirst(min(ind, text.count)), fullLine: text)
        {
          itemLines.append(SourceLine(text: text, number: lines[i].number))  // lazy continuation
          i += 1
          continue
        }
        break
      }
      // Trailing blank lines belong between items, not to the item.
      var trailing = 0
      while let last = itemLines.last, isBlank(last.text) {
        itemLines.removeLast()
        trailing += 1
      }
      items.append(parse(itemLines))
      if trailing > 0 {
        // A blank line ends the list unless another item of it follows.
        guard i < lines.count, let next = listMarker(lines[i].text), next.ordered == first.ordered,
          next.bullet == first.bullet
        else { break }
      }
    }
    return .list(ordered: first.ordered, start: first.start, items: items, line: start)
  }

  // MARK: - Tables

  private mutating func table(_ lines: [SourceLine], _ i: inout Int) -> Block? {
    let headerLine = lines[i].text
    guard headerLine.contains("|") else { return nil }
    let header = splitRow(headerLine)
    guard let alignments = delimiterRow(lines[i + 1].text), alignments.count == header.count else { return nil }
    let start = lines[i].number
    i += 2
    var rows: [[[Inline]]] = []
    while i < lines.count, !isBlank(lines[i].text) {
      let text = lines[i].text
      let rest = text.dropFirst(min(indentation(text), text.count))
      if fenceOpening(rest) != nil || atxHeading(rest) != nil || rest.hasPrefix(">") { break }
      var cells = splitRow(text)
      if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
      rows.append(cells.prefix(header.count).map { parseInlines(Substring($0)) })
      i += 1
    }
    return .table(
      Table(header: header.map { parseInlines(Substring($0)) }, alignments: alignments, rows: rows), line: start)
  }

  /// Splits a table row on `|` that are not escaped and not inside a code span.
  func splitRow(_ line: Substring) -> [String] {
    var text = line.trimmingCharacters(in: .whitespaces)[...]
    if text.hasPrefix("|") { text = text.dropFirst() }
    if text.hasSuffix("|") && !text.hasSuffix("\\|") { text = text.dropLast() }
    var cells: [String] = []
    var current = ""
    var inCode = 0
    var index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if c == "\\", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "|" {
        current.append("|")
        index = text.index(index, offsetBy: 2)
        continue
      }
      if c == "`" {
        let run = text[index...].prefix { $0 == "`" }.count
        if inCode == 0 { inCode = run } else if inCode == run { inCode = 0 }
        current += String(repeating: "`", count: run)
        index = text.index(index, offsetBy: run)
        continue
      }
      if c == "|" && inCode == 0 {
        cells.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      } else {
        current.append(c)
      }
      index = text.index(after: index)
    }
    cells.append(current.trimmingCharacters(in: .whitespaces))
    return cells
  }

  func delimiterRow(_ line: Substring) -> [Table.Alignment]? {
    guard line.contains("-") else { return nil }
    let cells = splitRow(line)
    var result: [Table.Alignment] = []
    for cell in cells {
      let left = cell.hasPrefix(":"), right = cell.hasSuffix(":")
      let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
      guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
      result.append(left && right ? .center : left ? .left : right ? .right : .none)
    }
    return result
  }
}

// MARK: - Line helpers

func isBlank<S: StringProtocol>(_ text: S) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

/// Leading indentation in columns (a tab counts to the next multiple of 4).
func indentation<S: StringProtocol>(_ text: S) -> Int {
  var column = 0
  for c in text {
    if c == " " { column += 1 } else if c == "\t" { column += 4 - column % 4 } else { break }
  }
  return column
}

/// Removes up to `columns` columns of leading indentation.
func dropIndent(_ text: Substring, _ columns: Int) -> Substring {
  var column = 0
  var index = text.startIndex
  while index < text.endIndex, column < columns {
    let c = text[index]
    if c == " " {
      column += 1
    } else if c == "\t" {
      column += 4 - column % 4
    } else {
      break
    }
    index = text.index(after: index)
  }
  return text[index...]
}
