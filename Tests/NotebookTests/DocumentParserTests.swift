import Testing
@testable import Notebook

// MARK: - Helpers

private func parse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ChapterDocument? {
  do {
    return try ChapterDocument.parse(text, id: "t", file: "t.md")
  } catch {
    Issue.record("unexpected parse error: \(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// The issues the parser reports.
private func issues(_ text: String) -> [DocumentIssue] {
  do {
    _ = try ChapterDocument.parse(text, id: "t", file: "t.md")
    return []
  } catch {
    return error.issues
  }
}

private let fence = "```"

// MARK: - Prose structure

@Test func headingsParagraphsAndInlines() throws {
  let doc = try #require(
    parse(
      """
      # Linear *regression*

      Gradient descent on `x**2`, with **strong** and _emphasis_;
      learning_rate stays one word.

      ## Data ##
      Setext title
      ---
      """))
  #expect(doc.title == "Linear regression")
  #expect(
    doc.blocks == [
      .heading(level: 1, content: [.text("Linear "), .emphasis([.text("regression")])], line: 1),
      .paragraph(
        [
          .text("Gradient descent on "), .code("x**2"), .text(", with "), .strong([.text("strong")]),
          .text(" and "), .emphasis([.text("emphasis")]), .text(";"), .softBreak,
          .text("learning_rate stays one word."),
        ], line: 3),
      .heading(level: 2, content: [.text("Data")], line: 6),
      .heading(level: 2, content: [.text("Setext title")], line: 7),
    ])
}

@Test(arguments: [
  ("a `b` c", [Inline.text("a "), .code("b"), .text(" c")]),
  ("``a ` b``", [.code("a ` b")]),
  ("`` `x` ``", [.code("`x`")]),
  ("an *unclosed emphasis", [.text("an *unclosed emphasis")]),
  ("2 * 3 * 4", [.text("2 * 3 * 4")]),
  ("snake_case_name", [.text("snake_case_name")]),
  ("\\*not em\\*", [.text("*not em*")]),
  ("***both***", [.strong([.emphasis([.text("both")])])]),
  ("see [the book](https://example.org/x \"t\")", [.text("see "), .link(text: [.text("the book")], destination: "https://example.org/x")]),
  ("![a cat](cat.png)", [.link(text: [.text("a cat")], destination: "cat.png")]),
  ("<https://a.b/c>", [.link(text: [.text("https://a.b/c")], destination: "https://a.b/c")]),
  ("*em with `code*` inside*", [.emphasis([.text("em with "), .code("code*"), .text(" inside")])]),
  ("ŷ = w₀ + w₁·x", [.text("ŷ = w₀ + w₁·x")]),
])
func inlines(source: String, expected: [Inline]) {
  #expect(parseInlines(Substring(source)) == expected)
}

@Test func hardBreaks() throws {
  let doc = try #require(parse("one  \ntwo\\\nthree"))
  #expect(doc.blocks == [.paragraph([.text("one"), .hardBreak, .text("two"), .hardBreak, .text("three")], line: 1)])
}

@Test func nestedListsAndQuotes() throws {
  let doc = try #require(
    parse(
      """
      - first
        continued
      - second
        1. inner one
        2. inner two
      - third

      3) three
      4) four

      > quoted **text**
      > - item
      lazy line
      """))
  #expect(
    doc.blocks == [
      .list(
        ordered: false, start: 1,
        items: [
          [.paragraph([.text("first"), .softBreak, .text("continued")], line: 1)],
          [
            .paragraph([.text("second")], line: 3),
            .list(
              ordered: true, start: 1,
              items: [[.paragraph([.text("inner one")], line: 4)], [.paragraph([.text("inner two")], line: 5)]], line: 4),
          ],
          [.paragraph([.text("third")], line: 6)],
        ], line: 1),
      .list(
        ordered: true, start: 3,
        items: [[.paragraph([.text("three")], line: 8)], [.paragraph([.text("four")], line: 9)]], line: 8),
      .quote(
        [
          .paragraph([.text("quoted "), .strong([.text("text")])], line: 11),
          .list(
            ordered: false, start: 1,
            items: [[.paragraph([.text("item"), .softBreak, .text("lazy line")], line: 12)]], line: 12),
        ], line: 11),
    ])
}

@Test func tablesAndCodeAndRules() throws {
  let doc = try #require(
    parse(
      """
      | name | value |
      |:-----|------:|
      | `a|b` | **1** |
      | short |

      ***

      \(fence)text
      not run
      \(fence)

          indented code
      """))
  #expect(
    doc.blocks == [
      .table(
        Table(
          header: [[.text("name")], [.text("value")]], alignments: [.left, .right],
          rows: [[[.code("a|b")], [.strong([.text("1")])]], [[.text("short")], []]]), line: 1),
      .thematicBreak(line: 6),
      .code(language: "text", text: "not run", line: 8),
      .code(language: "", text: "indented code", line: 12),
    ])
  #expect(doc.cells.isEmpty)
}

// MARK: - Cells and exercises

@Test func cellsExercisesChecksHintsSolutions() throws {
  let doc = try #require(
    parse(
      """
      # T
      \(fence)python
      x = 1
      \(fence)
      \(fence)python id=load expect-error
      y = undefined
      \(fence)
      \(fence)exercise id=1.2 points=2.5
      def f(w):
          return 0
      \(fence)
      \(fence)check id=1.2
      ws = [1, 2]
      # check: f at 3 is 6
      assert f(3) == 6
      #check: arrays weight=2 hidden
      expect_close(f(ws), [2, 4])
      \(fence)
      \(fence)hint id=1.2
      Use `2*w`.
      \(fence)
      \(fence)hint id=1.2
      Really.
      \(fence)
      \(fence)solution id=1.2
      def f(w):
          return 2 * w
      \(fence)
      \(fence)python
      z = 3
      \(fence)
      """))
  #expect(doc.cells.map(\.id) == ["cell-1", "load", "1.2", "cell-3"])
  #expect(doc.cells.map(\.firstLine) == [3, 6, 9, 30])
  #expect(doc.cells[1].expectsError)
  #expect(doc.cells[2].kind == .exercise(id: "1.2"))
  #expect(doc.cells[2].source == "def f(w):\n    return 0")
  let exercise = try #require(doc.exercise(id: "1.2"))
  #expect(exercise.points == 2.5)
  #expect(exercise.checkSetup == CheckSource(code: "ws = [1, 2]", firstLine: 13))
  #expect(
    exercise.checks == [
      CheckSpec(name: "f at 3 is 6", source: CheckSource(code: "assert f(3) == 6", firstLine: 15)),
      CheckSpec(
        name: "arrays", weight: 2, visibility: .hidden,
        source: CheckSource(code: "expect_close(f(ws), [2, 4])", firstLine: 17)),
    ])
  #expect(exercise.totalWeight == 3)
  #expect(exercise.hints == [[.text("Use "), .code("2*w"), .text(".")], [.text("Really.")]])
  #expect(exercise.solution == CheckSource(code: "def f(w):\n    return 2 * w", firstLine: 26))
  // Checks, hints and solutions are not blocks a reader sees.
  #expect(doc.blocks.count == 5)
}

@Test func checkBlockWithoutMarkersIsOneCheck() throws {
  let doc = try #require(
    parse(
      """
      \(fence)exercise id=a
      x = 0
      \(fence)
      \(fence)check id=a
      assert x == 1, "x should be 1"
      \(fence)
      \(fence)solution id=a
      x = 1
      \(fence)
      """))
  let exercise = try #require(doc.exercise(id: "a"))
  #expect(exercise.points == 1)
  #expect(exercise.checkSetup == nil)
  #expect(exercise.checks == [CheckSpec(name: "check a", source: CheckSource(code: "assert x == 1, \"x should be 1\"", firstLine: 5))])
}

@Test func tildeFencesAndLongerFences() throws {
  let doc = try #require(
    parse(
      """
      ~~~~python
      s = '```'
      ~~~
      ~~~~
      """))
  #expect(doc.cells.map(\.source) == ["s = '```'\n~~~"])
}

// MARK: - Malformed documents

@Test func unclosedFence() {
  let found = issues("# T\n\ntext\n\(fence)python\nx = 1\n")
  #expect(found.map(\.line) == [4])
  #expect(found.first?.description.hasPrefix("t.md:4: the code fence '```python' opened here is never closed") == true)
}

@Test(arguments: [
  ("\(fence)check id=9\nassert True\n\(fence)\n", 1, "check id=9 has no 'exercise id=9' before it"),
  ("\(fence)hint id=9\nx\n\(fence)\n", 1, "hint id=9 has no 'exercise id=9' before it"),
  ("\(fence)exercise id=1\n\(fence)\n\(fence)python id=1\n\(fence)\n", 3, "duplicate id '1' (first used on line 1)"),
  ("\(fence)exercise\nx\n\(fence)\n", 1, "a exercise block needs 'id=…' (as in 'exercise id=4.2')"),
  ("\(fence)exercise id=1 points=two\n\(fence)\n", 1, "points=two is not a non-negative number"),
  ("\(fence)exercise id=1 weight=2\n\(fence)\n", 1, "unknown attribute 'weight' in 'exercise id=1 weight=2' (a exercise block takes id=…, points=…)"),
  ("\(fence)check id=1 hidden\n\(fence)\n", 1, "unknown word 'hidden' in 'check id=1 hidden' (a check block takes id=…)"),
  ("\(fence)python id=a id=b\n\(fence)\n", 1, "attribute 'id' is given twice in 'python id=a id=b'"),
  ("\(fence)python id=\n\(fence)\n", 1, "attribute 'id=' has no value in 'python id='"),
  ("\(fence)exercise id=a/b\n\(fence)\n", 1, "'a/b' is not a valid id (use letters, digits, '.', '_', '-')"),
  ("- item\n\n  \(fence)python\n  x = 1\n  \(fence)\n", 3, "a 'python' cell must be a top-level block, not inside a list or a block quote"),
])
func malformed(source: String, line: Int, message: String) {
  let found = issues(source)
  #expect(found.contains(DocumentIssue(file: "t.md", line: line, message: message)), "got \(found)")
}

@Test func exerciseNeedsOneCheckAndOneSolution() {
  let found = issues(
    """
    \(fence)exercise id=1
    \(fence)
    \(fence)exercise id=2
    \(fence)
    \(fence)check id=2
    \(fence)
    \(fence)check id=2
    \(fence)
    \(fence)solution id=2
    \(fence)
    \(fence)solution id=2
    \(fence)
    """)
  #expect(
    found.map(\.description) == [
      "t.md:1: exercise id=1 has no check block ('check id=1') after it",
      "t.md:1: exercise id=1 has no solution block ('solution id=1') after it",
      "t.md:7: exercise id=2 already has a check block (line 5); put all its checks in one block",
      "t.md:11: exercise id=2 already has a solution block",
    ])
}

@Test func malformedCheckHeaders() {
  let found = issues(
    """
    \(fence)exercise id=1
    \(fence)
    \(fence)check id=1
    # check: weight=2
    # check: same
    # check: same weight=0
    \(fence)
    \(fence)solution id=1
    \(fence)
    """)
  #expect(
    found.map(\.description) == [
      "t.md:4: a '# check:' line needs a name (as in '# check: gradient at w=3 is 6')",
      "t.md:6: exercise id=1 has two checks named 'same' (first on line 5)",
      "t.md:6: weight=0 is not a positive number",
    ])
}
