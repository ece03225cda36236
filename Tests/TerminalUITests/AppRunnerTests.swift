import Notebook
import Testing
import TerminalKit
@testable import TerminalUI

/// A host that "runs" cells by echoing their last line, and records every effect.
private final class FakeHost: AppHost {
  var effects: [Effect] = []
  let document: ChapterDocument
  init(document: ChapterDocument) { self.document = document }
  func perform(_ effect: Effect, post: @escaping @Sendable (Message) -> Void) {
    effects.append(effect)
    switch effect {
    case .openChapter:
      post(.chapterLoaded(ChapterState(document: document)))
    case .run(let runs):
      for r in runs {
        post(.cellStarted(r.cell, at: 0))
        post(.cellOutput(r.cell, .text("ran: \(r.source.split(separator: "\n").last ?? "")\n")))
        post(.cellFinished(r.cell, seconds: 0.004, failed: false, interrupted: false))
      }
    case .check(let exercise, let source):
      let ok = source.contains("v * v")
      post(.checkFinished(exercise: exercise, [CheckLine(name: "square of 3 is 9", outcome: ok ? .passed : .failed, message: ok ? nil : "expected 9, got 0")]))
    default:
      break
    }
  }
}

@Test func scriptedSessionOpenEditRunCheckQuit() throws {
  let doc = try ChapterDocument.parse(fixtureChapter, id: "01-tiny", file: "01-tiny.md")
  let terminal = TestTerminal(size: ScreenSize(width: 100, height: 30))
  let host = FakeHost(document: doc)
  let state = AppState(
    size: terminal.size, capabilities: terminal.capabilities,
    chapters: [ChapterEntry(id: "01-tiny", title: doc.title, path: "chapters/01-tiny.md", cellCount: 2, exerciseCount: 1)])
  let runner = AppRunner(state: state, terminal: terminal, host: host, clock: { 0 })

  // Open the chapter, run the first cell.
  terminal.send(keys: [.enter, .control("r")])
  var final = runner.run(untilIdle: true)
  #expect(terminal.text.contains("ran: print(x + 1)"))
  #expect(terminal.text.contains("✓ 4 ms"))

  // Edit the exercise to a correct answer and check it.
  terminal.send(keys: [.character("j"), .character("c")])
  final = runner.run(untilIdle: true)
  #expect(terminal.text.contains("expected 9, got 0"))
  terminal.send(keys: [.enter, .down, .end])
  for _ in 0..<1 { terminal.send(keys: [.backspace]) }
  terminal.type("v * v")
  terminal.send(keys: [.escape, .character("c")])
  final = runner.run(untilIdle: true)
  #expect(terminal.text.contains("✓ passed 1/1 checks"))
  #expect(host.effects.contains(.saveEdit(chapter: "01-tiny", cell: "1.1", text: "def square(v):\n    return v * v")))

  // Back home: the exercise shows as passed; q quits.
  terminal.send(keys: [.character("q")])
  final = runner.run(untilIdle: true)
  #expect(terminal.text.contains("1/2 cells run · 1/1 exercises"))
  terminal.send(keys: [.character("q")])
  final = runner.run()
  #expect(final.screen == .home)
}
