import Notebook
import Testing
import TerminalKit
@testable import TerminalUI

let fixtureChapter = """
# 01 · A tiny chapter

Linear regression (*hồi quy tuyến tính*) fits a line `ŷ = w₀ + w₁·x` to data.

- first point
- second point, long enough to wrap when the window is narrow enough to need it

```python
x = 1
print(x + 1)
```

## Exercise

| n | n² |
|---|---:|
| 2 | 4 |

```exercise id=1.1 points=2
def square(v):
    return 0
```

```check id=1.1
# check: square of 3 is 9
assert square(3) == 9
```

```hint id=1.1
Multiply `v` by itself.
```

```hint id=1.1
`return v * v`
```

```solution id=1.1
def square(v):
    return v * v
```
"""

func fixtureState(size: ScreenSize = ScreenSize(width: 100, height: 30)) throws -> AppState {
  let doc = try ChapterDocument.parse(fixtureChapter, id: "01-tiny", file: "01-tiny.md")
  var state = AppState(
    size: size, capabilities: Capabilities(colors: .none, unicode: true, mouse: true),
    chapters: [ChapterEntry(id: "01-tiny", title: doc.title, path: "chapters/01-tiny.md", cellCount: doc.cells.count, exerciseCount: doc.exercises.count)])
  _ = update(&state, .chapterLoaded(ChapterState(document: doc)))
  return state
}

@Test func homeListsChaptersWithProgress() throws {
  var state = try fixtureState()
  state.screen = .home
  let (grid, _) = render(state)
  #expect(grid.text.contains("01 · A tiny chapter"))
  #expect(grid.text.contains("0/2 cells run · 0/1 exercises"))
  expectGolden(grid.text, named: "app-home")
  // Enter opens the selected chapter (the host loads it).
  #expect(update(&state, .key(.enter)) == [.openChapter(path: "chapters/01-tiny.md", cell: nil)])
}

@Test func chapterShowsProseCellsAndKeyBar() throws {
  let state = try fixtureState()
  let (grid, cursor) = render(state)
  #expect(cursor == nil)
  let text = grid.text
  #expect(text.contains("Linear regression (hồi quy tuyến tính) fits a line ŷ = w₀ + w₁·x to data."))
  #expect(text.contains("• first point"))
  #expect(text.contains("│ x = 1"))
  #expect(text.contains("Exercise 1.1 · 2 points · not checked"))
  #expect(text.contains("j/k move"))
  expectGolden(text, named: "app-chapter")
}

@Test func runningACellShowsItsOutputAndTime() throws {
  var state = try fixtureState()
  let effects = update(&state, .key(.control("r")))
  #expect(effects == [.run([CellRun(cell: "cell-1", source: "x = 1\nprint(x + 1)", firstLine: 9)])])
  _ = update(&state, .cellStarted("cell-1", at: 10))
  _ = update(&state, .tick(now: 10.5))
  #expect(render(state).grid.text.contains("running 500 ms"))
  _ = update(&state, .cellOutput("cell-1", .text("2\n")))
  _ = update(&state, .cellFinished("cell-1", seconds: 0.012, failed: false, interrupted: false))
  let text = render(state).grid.text
  #expect(text.contains("✓ 12 ms"))
  #expect(text.contains("\n   2\n"))
}

@Test func editingACellInPlace() throws {
  var state = try fixtureState()
  _ = update(&state, .key(.enter))
  #expect(state.chapter?.editor != nil)
  _ = update(&state, .key(.end))
  var effects: [Effect] = []
  for ch in " + 41" { effects += update(&state, .key(.character(ch))) }
  // Every change is saved as it is typed.
  #expect(effects.last == .saveEdit(chapter: "01-tiny", cell: "cell-1", text: "x = 1 + 41\nprint(x + 1)"))
  _ = update(&state, .key(.down))
  _ = update(&state, .key(.end))
  _ = update(&state, .key(.enter))
  _ = update(&state, .key(.character("y")))
  let (grid, cursor) = render(state)
  #expect(grid.text.contains("│ x = 1 + 41"))
  #expect(grid.text.contains("│ y"))
  #expect(cursor != nil)
  #expect(grid.text.contains("Esc done"))
  _ = update(&state, .key(.control("z")))
  _ = update(&state, .key(.escape))
  #expect(state.chapter?.editor == nil)
  #expect(state.chapter?.sources["cell-1"] == "x = 1 + 41\nprint(x + 1)\n")
}

@Test func checkingAnExerciseAndRevealingHints() throws {
  var state = try fixtureState()
  _ = update(&state, .key(.character("j")))
  #expect(state.chapter?.selectedCell?.exerciseID == "1.1")
  #expect(update(&state, .key(.character("c"))) == [.check(exercise: "1.1", source: "def square(v):\n    return 0")])
  _ = update(&state, .checkFinished(exercise: "1.1", [CheckLine(name: "square of 3 is 9", outcome: .failed, message: "AssertionError")]))
  #expect(update(&state, .key(.character("h"))) == [.saveHints(chapter: "01-tiny", exercise: "1.1", count: 1)])
  var text = render(state).grid.text
  #expect(text.contains("✗ 0/1 checks"))
  #expect(text.contains("✗ square of 3 is 9 (failed): AssertionError"))
  #expect(text.contains("Hint 1/2: Multiply v by itself."))
  #expect(!text.contains("Hint 2/2"))
  _ = update(&state, .checkFinished(exercise: "1.1", [CheckLine(name: "square of 3 is 9", outcome: .passed)]))
  text = render(state).grid.text
  #expect(text.contains("✓ passed 1/1 checks"))
  state.screen = .home
  #expect(render(state).grid.text.contains("✓ 01 · A tiny chapter"))
}

@Test func smallWindowSaysTheSizeNeededAndQStillQuits() throws {
  var state = try fixtureState(size: ScreenSize(width: 60, height: 20))
  let text = render(state).grid.text
  #expect(text.contains("at least 80×24"))
  #expect(text.contains("this one is 60×20"))
  expectGolden(text, named: "app-small-window")
  #expect(update(&state, .key(.character("j"))) == [])
  #expect(update(&state, .key(.character("q"))) == [.quit])
  _ = update(&state, .resize(ScreenSize(width: 100, height: 30)))
  #expect(render(state).grid.text.contains("A tiny chapter"))
}

@Test func helpListsEveryKeyAndAnyKeyReturns() throws {
  var state = try fixtureState()
  _ = update(&state, .key(.character("?")))
  let text = render(state).grid.text
  for key in ["Ctrl-R", "i i", "0 0", "Esc", "check the exercise", "jump to chapter/heading"] { #expect(text.contains(key)) }
  expectGolden(text, named: "app-help")
  _ = update(&state, .key(.character("x")))
  #expect(state.screen == .chapter)
}

@Test func searchFindsCodeAndProse() throws {
  var state = try fixtureState(size: ScreenSize(width: 80, height: 24))
  _ = update(&state, .key(.character("/")))
  for ch in "square" { _ = update(&state, .key(.character(ch))) }
  _ = update(&state, .key(.enter))
  #expect(state.searchMatches.count >= 1)
  #expect(state.chapter?.selectedCell?.exerciseID == "1.1")
}

@Test func jumpListGoesToAHeading() throws {
  var state = try fixtureState(size: ScreenSize(width: 80, height: 24))
  _ = update(&state, .key(.character("l")))
  for ch in "exer" { _ = update(&state, .key(.character(ch))) }
  #expect(state.jumpTargets().map(\.title) == ["  Exercise"])
  _ = update(&state, .key(.enter))
  #expect(state.screen == .chapter)
  #expect(state.chapter!.scroll > 0)
}

@Test func interruptNeedsARunningCellOrTwoIs() throws {
  var state = try fixtureState()
  #expect(update(&state, .key(.control("c"))) == [])
  _ = update(&state, .cellStarted("cell-1", at: 1))
  #expect(update(&state, .key(.control("c"))) == [.interrupt])
  #expect(update(&state, .key(.character("i"))) == [])
  #expect(update(&state, .key(.character("i"))) == [.interrupt])
  _ = update(&state, .cellFinished("cell-1", seconds: 3, failed: false, interrupted: true))
  #expect(render(state).grid.text.contains("interrupted"))
}

@Test func figuresRedrawInPlace() throws {
  var state = try fixtureState()
  func figure(_ label: String) -> OutputItem {
    .figure(FigureOutput(id: 7, summary: label, preferredHeight: { _ in 4 }) { size, _, _ in
      var g = TextGrid(size: size)
      g.write(label, x: 0, y: 0)
      return g
    })
  }
  _ = update(&state, .cellStarted("cell-1", at: 0))
  _ = update(&state, .cellOutput("cell-1", figure("loss at step 10")))
  _ = update(&state, .cellOutput("cell-1", figure("loss at step 20")))
  let text = render(state).grid.text
  #expect(text.contains("loss at step 20"))
  #expect(!text.contains("loss at step 10"))
  #expect(state.chapter?.outputs["cell-1"]?.count == 1)
}

@Test func presenterShowsOneCellLarge() throws {
  var state = try fixtureState()
  state.presenter = true
  let text = render(state).grid.text
  #expect(text.contains("x = 1"))
  #expect(!text.contains("first point"))
  expectGolden(text, named: "app-presenter")
}

@Test func pastedCodeKeepsItsIndentation() throws {
  var state = try fixtureState()
  _ = update(&state, .key(.enter))
  _ = update(&state, .key(.down))
  _ = update(&state, .key(.end))
  _ = update(&state, .key(.enter))  // auto-indent would add nothing here; a paste must add nothing either
  let effects = update(&state, .paste("def f(x):\n    if x:\n        return 1\n    return 0"))
  #expect(effects == [.saveEdit(chapter: "01-tiny", cell: "cell-1", text: "x = 1\nprint(x + 1)\ndef f(x):\n    if x:\n        return 1\n    return 0")])
}
