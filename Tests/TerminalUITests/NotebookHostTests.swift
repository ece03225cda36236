import Foundation
import Notebook
import Testing
import TerminalKit
@testable import TerminalUI

/// The real host on a real session: open a chapter, run a cell that prints and plots, check an
/// exercise, and find edits and results saved in the progress store.
@Test func notebookHostRunsCellsAndSavesProgress() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hocsau-host-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir.appendingPathComponent("chapters"), withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let chapter = dir.appendingPathComponent("chapters/01-tiny.md")
  try fixtureChapter.replacingOccurrences(of: "print(x + 1)", with: "print(x + 1)\nimport matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.title('rising')\nplt.show()")
    .write(to: chapter, atomically: true, encoding: .utf8)
  let store = ProgressStore(directory: dir.appendingPathComponent("progress"))
  _ = store.load()
  let host = NotebookHost(locator: ChapterLocator(folders: [dir.appendingPathComponent("chapters")]), store: store)
  #expect(host.chapterEntries().map(\.title) == ["01 · A tiny chapter"])

  let mailbox = Mailbox()
  var state = AppState(size: ScreenSize(width: 100, height: 30), capabilities: Capabilities(colors: .none, unicode: true), chapters: host.chapterEntries())
  func settle(until done: (AppState) -> Bool) {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      for m in mailbox.drain() {
        for e in update(&state, m) { host.perform(e) { mailbox.post($0) } }
      }
      if done(state) { return }
      Thread.sleep(forTimeInterval: 0.01)
    }
    Issue.record("timed out waiting for the session")
  }
  host.perform(.openChapter(path: chapter.path, cell: nil)) { mailbox.post($0) }
  settle { $0.chapter != nil }
  for e in update(&state, .key(.control("r"))) { host.perform(e) { mailbox.post($0) } }
  settle { if case .done = $0.chapter?.status["cell-1"] { return true } else { return false } }
  // A training loop wrapped in progress(...) shows a bar that ends full.
  state.chapter?.sources["cell-1"] = "t = 0\nfor i in progress(range(300), label='epoch'):\n    t += i\nprint(t + 0 * 2)"
  for e in update(&state, .key(.control("r"))) { host.perform(e) { mailbox.post($0) } }
  settle { if case .done = $0.chapter?.status["cell-1"] { return true } else { return false } }
  #expect(state.chapter?.outputs["cell-1"]?.contains { if case .progress(let p) = $0 { return p.done == 300 && p.total == 300 } else { return false } } == true)
  #expect(render(state).grid.text.contains("epoch"))
  #expect(render(state).grid.text.contains("100% 300/300"))
  state.chapter?.sources["cell-1"] = nil
  for e in update(&state, .key(.control("r"))) { host.perform(e) { mailbox.post($0) } }
  settle { if case .done = $0.chapter?.status["cell-1"] { return $0.chapter?.outputs["cell-1"]?.count ?? 0 >= 2 } else { return false } }
  let outputs = state.chapter?.outputs["cell-1"] ?? []
  #expect(outputs.contains { if case .text(let t) = $0 { return t == "2\n" } else { return false } })
  #expect(outputs.contains { if case .figure(let f) = $0 { return f.summary.contains("rising") || !f.summary.isEmpty } else { return false } })
  #expect(render(state).grid.text.contains("rising"))

  // Check the exercise with a right answer typed in.
  _ = update(&state, .key(.character("j")))
  state.chapter?.sources["1.1"] = "def square(v):\n    return v * v"
  for e in update(&state, .key(.character("c"))) { host.perform(e) { mailbox.post($0) } }
  settle { $0.chapter?.checks["1.1"] != nil }
  #expect(state.chapter?.checks["1.1"]?.allSatisfy { $0.outcome == .passed } == true)
  host.perform(.saveEdit(chapter: "01-tiny", cell: "1.1", text: "def square(v):\n    return v * v")) { mailbox.post($0) }
  host.perform(.quit) { _ in }

  // A new host (the next day) finds the edit, the result and the position.
  let again = ProgressStore(directory: dir.appendingPathComponent("progress"))
  #expect(again.load() == .loaded)
  let host2 = NotebookHost(locator: ChapterLocator(folders: [dir.appendingPathComponent("chapters")]), store: again)
  #expect(host2.chapterEntries().first?.exercisesPassed == 1)
  #expect(host2.lastPosition()?.chapter == "01-tiny")
  let mailbox2 = Mailbox()
  host2.perform(.openChapter(path: chapter.path, cell: nil)) { mailbox2.post($0) }
  guard case .chapterLoaded(let reopened)? = mailbox2.drain().first else {
    Issue.record("chapter did not load")
    return
  }
  #expect(reopened.sources["1.1"] == "def square(v):\n    return v * v")
  #expect(reopened.checks["1.1"]?.first?.outcome == .passed)
  #expect(reopened.selected == 1)
  host2.perform(.quit) { _ in }
}

/// A long loop is interrupted from the UI within a moment, its variables kept; an error shows
/// the caret rendering in the cell's output.
@Test func interruptingALongLoopKeepsWhatWasComputed() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hocsau-int-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let chapter = dir.appendingPathComponent("01-loop.md")
  try "# 01 · Loops\n\n```python\ni = 0\nwhile True:\n    i += 1\n```\n\n```python\nprint(i > 0)\nprint(undefined_name)\n```\n"
    .write(to: chapter, atomically: true, encoding: .utf8)
  let store = ProgressStore(directory: dir.appendingPathComponent("progress"))
  _ = store.load()
  let host = NotebookHost(locator: ChapterLocator(folders: [dir]), store: store)
  let mailbox = Mailbox()
  var state = AppState(size: ScreenSize(width: 100, height: 30), capabilities: Capabilities(colors: .none, unicode: true), chapters: host.chapterEntries())
  func pump() { for m in mailbox.drain() { for e in update(&state, m) { host.perform(e) { mailbox.post($0) } } } }
  func settle(_ what: String, until done: (AppState) -> Bool) {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      pump()
      if done(state) { return }
      Thread.sleep(forTimeInterval: 0.01)
    }
    Issue.record("timed out waiting for \(what)")
  }
  host.perform(.openChapter(path: chapter.path, cell: nil)) { mailbox.post($0) }
  settle("the chapter") { $0.chapter != nil }
  for e in update(&state, .key(.control("r"))) { host.perform(e) { mailbox.post($0) } }
  settle("the loop to start") { if case .running = $0.chapter?.status["cell-1"] { return true } else { return false } }
  #expect(render(state).grid.text.contains("running"))
  #expect(update(&state, .key(.control("c"))) == [.interrupt])
  host.perform(.interrupt) { mailbox.post($0) }
  settle("the interrupt") { $0.chapter?.status["cell-1"] == .interrupted }
  #expect(render(state).grid.text.contains("interrupted"))
  _ = update(&state, .key(.character("j")))
  for e in update(&state, .key(.control("r"))) { host.perform(e) { mailbox.post($0) } }
  settle("the second cell") { if case .failed = $0.chapter?.status["cell-2"] { return true } else { return false } }
  let text = render(state).grid.text
  #expect(text.contains("True"))  // i kept the value it had when interrupted
  #expect(text.contains("NameError: name 'undefined_name' is not defined"))
  #expect(text.contains("^"))
  // the cell's time is whatever the machine took ("error after 1 ms" on a busy one): the golden
  // holds 0 ms
  let timeless = text.replacingOccurrences(of: #"after \d+ ms"#, with: "after 0 ms", options: .regularExpression)
  expectGolden(timeless, named: "app-error")
  host.perform(.quit) { _ in }
}
