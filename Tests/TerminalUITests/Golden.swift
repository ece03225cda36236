import Foundation
import Testing

/// Compares `actual` with the golden file `Goldens/<name>.txt` next to this source file;
/// `UPDATE_GOLDENS=1` rewrites the file instead. A missing golden is a failure (never silently
/// created), so a typo in a name cannot make a test pass.
func expectGolden(
  _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation,
  filePath: String = #filePath
) {
  let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
  let url = dir.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try? (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record("missing golden \(url.path); run with UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
    return
  }
  if expected != actual + "\n" {
    Issue.record("screen differs from golden \(name).txt:\n--- expected\n\(expected)--- actual\n\(actual)\n", sourceLocation: sourceLocation)
  }
}
