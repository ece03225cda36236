import ArgumentParser
import Foundation
import Notebook

/// `hocsau check answers.py`: checks a submission's exercises, each in a fresh session with
/// limits, and prints a report. Exit 0 whenever checking ran, whatever the score.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a submission's exercises and report (text, JSON, JUnit XML or Gradescope).",
    discussion: """
      A submission is a MiniPy file where each answer starts with a line '#% exercise ID' \
      ('hocsau export CHAPTER' writes one). Each exercise runs in a fresh session under a time \
      and memory limit; an endless loop or a memory bomb fails that exercise only. Exit status \
      0 when checking ran (whatever the score), 2 when it could not.
      """)

  @Argument(help: "The submission file.") var file: String
  @Option(help: "The chapter (path, name or number); default: the file's '#% chapter' line.")
  var chapter: String?
  @Option(help: "text, json, junit or gradescope.") var format: ReportFormatArgument = .text
  @Option(help: "Seconds for each exercise (its answer and checks together).") var timeLimit: Double = 10
  @Option(help: "Array memory for each exercise, e.g. 512MiB, 1GiB.") var memoryLimit: ByteCount = ByteCount(1 << 30)
  @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
  var output: String?
  @Flag(help: "Text format: show hidden checks' messages (for graders).") var showHidden = false

  func run() throws {
    let text: String
    do {
      text = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
      throw CleanExit.message("hocsau check: cannot read \(file): \(error.localizedDescription)", code: 2)
    }
    let submission = Submission.parse(text)
    guard let chapterName = chapter ?? submission.chapterID else {
      throw CleanExit.message(
        "hocsau check: which chapter? Pass --chapter CHAPTER or start \(file) with a line '#% chapter ID'", code: 2)
    }
    let document = try loadChapter(chapterName)
    let folder = document.folder ?? URL(fileURLWithPath: ".")
    let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("hocsau-check-\(getpid())")
    try? FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: sandbox) }
    // Untrusted code writes only into a scratch folder; it reads the chapter's folder and assets.
    let configuration = KernelConfiguration(
      workingDirectory: sandbox,
      searchDirectories: [folder, folder.deletingLastPathComponent().appendingPathComponent("assets")])
    let checker = SubmissionChecker(
      document: document, configuration: configuration,
      budget: ExerciseBudget(wallTime: timeLimit, memoryBytes: memoryLimit.bytes))
    let name = URL(fileURLWithPath: file).lastPathComponent
    let report = runWithLargeStack { checker.check(submission, name: name) }
    let rendered = report.rendered(as: format.format, showHidden: showHidden)
    if let output {
      do {
        try Data(rendered.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CleanExit.message("hocsau check: cannot write \(output): \(error.localizedDescription)", code: 2)
      }
    } else {
      FileHandle.standardOutput.write(Data(rendered.utf8))
    }
  }
}
