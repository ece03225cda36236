import ArgumentParser
import Foundation
import Notebook

/// `hocsau grade DIR --chapter CHAPTER`: checks every submission in a folder, each in its own
/// `hocsau check --format json` process (a crash or hang of one never stops the batch), writes
/// `grades.csv` and prints a per-exercise summary.
struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Check every submission in a folder in parallel; write grades.csv and print a summary.",
    discussion: """
      Submissions are the folder's *.py files (the student is the file name without .py) and \
      its sub-folders holding one .py file (the student is the folder name).
      """)

  @Argument(help: "The folder of submissions.") var directory: String
  @Option(help: "The chapter (path, name or number).") var chapter: String
  @Option(name: [.short, .long], help: "Checks to run at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  @Option(help: "Seconds for each exercise.") var timeLimit: Double = 10
  @Option(help: "Array memory for each exercise, e.g. 1GiB.") var memoryLimit: ByteCount = ByteCount(1 << 30)
  @Option(help: "Where to write the CSV (default: DIR/grades.csv).") var output: String?

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let document = try loadChapter(chapter)
    guard let chapterPath = document.url?.path else { throw ExitCode(2) }
    let submissions = findSubmissions(in: URL(fileURLWithPath: directory))
    if submissions.isEmpty {
      throw CleanExit.message("hocsau grade: no .py submissions in \(directory)", code: 2)
    }
    // A child gets every exercise's time plus the chapter replay's, then is killed.
    let childTimeout = Double(document.exercises.count) * (timeLimit + 60) + 60
    let common = [
      "--chapter", chapterPath, "--format", "json", "--time-limit", String(timeLimit),
      "--memory-limit", String(memoryLimit.bytes),
    ]
    let executable = executableURL()
    let lock = NSLock()
    nonisolated(unsafe) var entries: [GradeBook.Entry] = []
    let slots = DispatchSemaphore(value: jobs)
    let group = DispatchGroup()
    for (student, file) in submissions {
      slots.wait()
      group.enter()
      DispatchQueue.global().async {
        let entry = checkInChild(executable, ["check", file.path] + common, student: student, timeout: childTimeout)
        lock.withLock { entries.append(entry) }
        FileHandle.standardError.write(Data("checked \(student)\(entry.failure.map { ": \($0)" } ?? "")\n".utf8))
        slots.signal()
        group.leave()
      }
    }
    group.wait()
    let book = GradeBook(exercises: document.exercises, entries: entries)
    let csvURL = URL(fileURLWithPath: output ?? URL(fileURLWithPath: directory).appendingPathComponent("grades.csv").path)
    do {
      try Data(book.csv.utf8).write(to: csvURL, options: .atomic)
    } catch {
      throw CleanExit.message("hocsau grade: cannot write \(csvURL.path): \(error.localizedDescription)", code: 2)
    }
    print(book.summary, terminator: "")
    print("wrote \(csvURL.path)")
  }

  /// (student, file) pairs, sorted by student.
  func findSubmissions(in folder: URL) -> [(String, URL)] {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
    var found: [(String, URL)] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      let url = folder.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        let inner = (try? manager.contentsOfDirectory(atPath: url.path))?.filter { $0.hasSuffix(".py") } ?? []
        if inner.count == 1 { found.append((name, url.appendingPathComponent(inner[0]))) }
      } else if name.hasSuffix(".py") {
        found.append((String(name.dropLast(3)), url))
      }
    }
    return found
  }
}

/// Runs `hocsau check … --format json` in a child process and reads its report.
func checkInChild(_ executable: URL, _ arguments: [String], student: String, timeout: Double) -> GradeBook.Entry {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  let out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  do {
    try process.run()
  } catch {
    return GradeBook.Entry(student: student, report: nil, failure: "could not start the checker: \(error.localizedDescription)")
  }
  let killer = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
  DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
  nonisolated(unsafe) var errData = Data()
  let reader = DispatchGroup()
  reader.enter()
  DispatchQueue.global().async {
    errData = err.fileHandleForReading.readDataToEndOfFile()
    reader.leave()
  }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  reader.wait()
  process.waitUntilExit()
  killer.cancel()
  let stderrTail = String(String(decoding: errData, as: UTF8.self).suffix(300)).trimmingCharacters(in: .whitespacesAndNewlines)
  if process.terminationReason == .uncaughtSignal {
    let why = process.terminationStatus == SIGKILL ? "killed after \(Int(timeout)) s" : "crashed (signal \(process.terminationStatus))"
    return GradeBook.Entry(student: student, report: nil, failure: "the checker \(why)")
  }
  guard process.terminationStatus == 0, let report = try? JSONReport.decode(outData) else {
    return GradeBook.Entry(
      student: student, report: nil,
      failure: "the checker failed (exit \(process.terminationStatus))\(stderrTail.isEmpty ? "" : ": \(stderrTail)")")
  }
  return GradeBook.Entry(student: student, report: report.submissionReport)
}
