import Testing
@testable import Notebook

@Test func emphasisAndCodeContinueAcrossSoftLineBreaks() throws {
  let doc = try ChapterDocument.parse("# T\n\na **loss\nfunction** and `a\nb` here  \nnext\n", id: "t", file: "t.md")
  guard case .paragraph(let inlines, _)? = doc.blocks.dropFirst().first else {
    Issue.record("no paragraph")
    return
  }
  #expect(inlines == [
    .text("a "), .strong([.text("loss"), .softBreak, .text("function")]), .text(" and "), .code("a b"),
    .text(" here"), .hardBreak, .text("next"),
  ])
}
