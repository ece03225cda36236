import Foundation

/// Finds a chapter file from what a user typed: a path, a file stem (`01-linear-regression`)
/// or a number (`01`, `1`).
public struct ChapterLocator: Sendable {
  /// Folders searched for short names, in order.
  public var folders: [URL]

  public init(folders: [URL]) { self.folders = folders }

  /// The default folders: `$HOCSAU_CHAPTERS`, `./chapters`, and `chapters/` next to (or up to
  /// three levels above) the executable (a build folder inside the repository).
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    executable: URL? = nil
  ) -> ChapterLocator {
    var folders: [URL] = []
    if let env = environment["HOCSAU_CHAPTERS"], !env.isEmpty { folders.append(URL(fileURLWithPath: env)) }
    folders.append(currentDirectory.appendingPathComponent("chapters"))
    if var folder = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
      for _ in 0..<4 {
        folders.append(folder.appendingPathComponent("chapters"))
        folder = folder.deletingLastPathComponent()
      }
    }
    return ChapterLocator(folders: folders)
  }

  /// Every chapter file (`*.md` except `README.md`) in the first folder that has any, sorted.
  public func allChapters() -> [URL] {
    for folder in folders {
      let files = Self.chapterFiles(in: folder)
      if !files.isEmpty { return files }
    }
    return []
  }

  /// The chapter files of one folder, sorted by name.
  public static func chapterFiles(in folder: URL) -> [URL] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
    return names.filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }.sorted()
      .map { folder.appendingPathComponent($0) }
  }

  /// Resolves `name`.
  /// - Throws: `ChapterNotFound` naming what was tried, or an ambiguity.
  public func locate(_ name: String) throws(ChapterNotFound) -> URL {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue {
      return URL(fileURLWithPath: name)
    }
    if name.contains("/") || name.hasSuffix(".md") {
      throw ChapterNotFound(name: name, message: "no such file")
    }
    for folder in folders {
      let files = Self.chapterFiles(in: folder)
      let stems = files.map { $0.deletingPathExtension().lastPathComponent }
      if let exact = stems.firstIndex(of: name) { return files[exact] }
      let number = Self.number(name)
      let matches = files.indices.filter { i in
        stems[i].hasPrefix(name + "-") || (number != nil && Self.number(Self.leadingNumber(stems[i])) == number)
      }
      if matches.count == 1 { return files[matches[0]] }
      if matches.count > 1 {
        throw ChapterNotFound(
          name: name, message: "matches several chapters: \(matches.map { stems[$0] }.joined(separator: ", "))")
      }
    }
    let searched = folders.map(\.path).joined(separator: ", ")
    throw ChapterNotFound(name: name, message: "no chapter with that name or number in \(searched)")
  }

  static func leadingNumber(_ stem: String) -> String { String(stem.prefix { $0.isASCII && $0.isNumber }) }

  static func number(_ text: String) -> Int? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text)
  }
}

/// A chapter name that did not resolve.
public struct ChapterNotFound: Error, Sendable, Equatable, CustomStringConvertible {
  public var name: String
  public var message: String
  public var description: String { "chapter '\(name)': \(message)" }
}
