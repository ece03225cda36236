import Foundation
import Testing

/// A fresh empty folder under the system's temporary folder.
func makeTemporaryFolder(_ name: String = #function) -> URL {
  let safe = name.filter { $0.isLetter || $0.isNumber }
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("hocsau-tests-\(safe)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
  try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The package's root folder (from this file's path).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// The `Fixtures` folder of these tests.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The `hocsau` executable built next to the test bundle (SwiftPM builds every product before
/// testing), or nil.
func hocsauExecutable() -> URL? {
  var candidates: [URL] = []
  if let bundle = Bundle.main.executableURL {
    var folder = bundle.deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(folder.appendingPathComponent("hocsau"))
      folder = folder.deletingLastPathComponent()
    }
  }
  candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hocsau"))
  candidates.append(packageRoot.appendingPathComponent(".build/debug/hocsau"))
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Runs a process to the end; returns its exit status, standard output and standard error.
func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: URL? = nil)
  throws -> (status: Int32, stdout: String, stderr: String)
{
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let environment { process.environment = environment }
  if let currentDirectory { process.currentDirectoryURL = currentDirectory }
  let out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  // Read both pipes fully before waiting, so a chatty child never blocks on a full pipe.
  let group = DispatchGroup()
  nonisolated(unsafe) var outData = Data(), errData = Data()
  group.enter()
  DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
  errData = err.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}
