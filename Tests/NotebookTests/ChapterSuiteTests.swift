import Foundation
import Testing
@testable import Notebook

// MARK: - Every chapter in chapters/

/// The chapter files of the repository (whatever exists when the tests run).
let repositoryChapters: [URL] = ChapterLocator.chapterFiles(in: packageRoot.appendingPathComponent("chapters"))

@Test(arguments: repositoryChapters)
func chapterParses(_ url: URL) throws {
  let document = try ChapterDocument.load(from: url)
  #expect(!document.cells.isEmpty, "a chapter without cells")
  #expect(document.title != document.id, "\(url.lastPathComponent) has no '# Title' heading")
  for exercise in document.exercises {
    #expect(exercise.solution != nil && !exercise.checks.isEmpty)
  }
}
