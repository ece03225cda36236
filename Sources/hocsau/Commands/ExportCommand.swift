import ArgumentParser
import Foundation
import Notebook

/// `hocsau export CHAPTER > answers.py`: the learner's answers in submission form.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print your answers to a chapter's exercises as a submission file for 'hocsau check'.")

  @Argument(help: "The chapter: a path, its name (01-linear-regression) or number (01).")
  var chapter: String
  @Flag(help: "Export the reference solutions instead (instructors).") var solutions = false

  func run() throws {
    let document = try loadChapter(chapter)
    let progress = solutions ? ChapterProgress() : try openProgressStore().progress[chapter: document.id]
    let answers = document.exercises.map { exercise in
      Submission.Answer(
        exerciseID: exercise.id,
        code: solutions ? exercise.solution?.code ?? "" : progress.source(of: exercise.cell),
        firstLine: 0, hintsUsed: progress.exercises[exercise.id]?.hintsUsed ?? 0)
    }
    print(Submission.render(chapterID: document.id, answers: answers), terminator: "")
  }
}
