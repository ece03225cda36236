import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Errors and load outcomes

/// A progress file that could not be written, read or imported.
public struct ProgressError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var message: String
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
  public var description: String { "\(path): \(message)" }
}

/// What `ProgressStore.load()` found.
public enum ProgressLoadOutcome: Sendable, Equatable {
  /// No file yet: starting fresh.
  case empty
  /// Read the file.
  case loaded
  /// The file was unreadable (corrupt) or written by a newer hocsau: it was moved to `movedTo`
  /// and progress starts empty. `reason` says why; show it to the learner.
  case movedAside(movedTo: String, reason: String)
  /// The file was unreadable and could not even be moved; the store is read-only so that it is
  /// never overwritten.
  case unusable(reason: String)

  /// A sentence for the learner, or nil when there is nothing to say.
  public var message: String? {
    switch self {
    case .empty, .loaded: return nil
    case .movedAside(let to, let reason):
      return "Your saved progress could not be read (\(reason)). It was kept as \(to); starting with empty progress."
    case .unusable(let reason):
      return "Your saved progress could not be read (\(reason)) nor moved aside; progress will not be saved this time."
    }
  }
}

// MARK: - The store

/// Keeps a learner's `Progress` in `DIRECTORY/progress.json`, saving on every change.
///
/// Every save writes a temporary file in the same folder, `fsync`s it, renames it over the old
/// file and `fsync`s the folder, so a crash or a kill at any moment leaves either the old or
/// the new file, never a torn one. Thread-safe.
public final class ProgressStore: @unchecked Sendable {
  public let directory: URL
  public let fileURL: URL
  private let lock = NSLock()
  private var current = Progress()
  private var readOnly = false

  public static let fileName = "progress.json"

  /// A store in `directory` (created on first save). Call `load()` to read what is there.
  public init(directory: URL) {
    self.directory = directory
    self.fileURL = directory.appendingPathComponent(Self.fileName)
  }

  /// `$XDG_DATA_HOME/hocsau`, or `~/.local/share/hocsau` when `XDG_DATA_HOME` is unset or not
  /// absolute (as the XDG spec says).
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("hocsau")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".local/share/hocsau")
  }

  /// The progress in memory.
  public var progress: Progress { lock.withLock { current } }

  // MARK: - Loading

  /// Reads the file. A corrupt or newer-format file is moved aside (never deleted) and the
  /// outcome says so; stale temporary files of an interrupted save are removed.
  @discardableResult
  public func load() -> ProgressLoadOutcome {
    lock.withLock {
      removeStaleTemporaryFiles()
      guard let data = FileManager.default.contents(atPath: fileURL.path) else {
        if FileManager.default.fileExists(atPath: fileURL.path) {
          readOnly = true
          return .unusable(reason: "the file exists but cannot be read")
        }
        current = Progress()
        return .empty
      }
      switch Self.decode(data) {
      case .success(let progress):
        current = progress
        return .loaded
      case .failure(let problem):
        current = Progress()
        let suffix = problem.newer ? "newer" : "corrupt"
        let aside = directory.appendingPathComponent("\(Self.fileName).\(suffix)-\(Self.timestamp())")
        if rename(fileURL.path, aside.path) == 0 {
          return .movedAside(movedTo: aside.path, reason: problem.reason)
        }
        readOnly = true
        return .unusable(reason: problem.reason)
      }
    }
  }

  struct DecodeProblem: Error {
    var reason: String
    var newer: Bool
  }

  private struct Header: Decodable {
    var format: String?
    var version: Int?
  }

  /// Decodes a progress file, telling a corrupt file from a newer format.
  static func decode(_ data: Data) -> Result<Progress, DecodeProblem> {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    guard let header = try? decoder.decode(Header.self, from: data) else {
      return .failure(DecodeProblem(reason: "it is not valid JSON", newer: false))
    }
    guard header.format == Progress.formatName, let version = header.version else {
      return .failure(DecodeProblem(reason: "it is not a hocsau progress file", newer: false))
    }
    if version > Progress.currentVersion {
      return .failure(
        DecodeProblem(
          reason: "it was written by a newer hocsau (format \(version); this one reads \(Progress.currentVersion))",
          newer: true))
    }
    do {
      return .success(try decoder.decode(Progress.self, from: data))
    } catch {
      return .failure(DecodeProblem(reason: "its content is damaged (\(describe(error)))", newer: false))
    }
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      return "missing '\(key.stringValue)' at \(path(context))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "wrong value at \(path(context))"
    case DecodingError.dataCorrupted(let context):
      return "bad value at \(path(context))"
    default:
      return "\(error)"
    }
  }

  static func path(_ context: DecodingError.Context) -> String {
    let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    return keys.isEmpty ? "the top" : keys
  }

  static func timestamp(_ date: Date = Date()) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date) + "-\(getpid())"
  }

  private func removeStaleTemporaryFiles() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
    for name in names where name.hasPrefix(".\(Self.fileName).tmp-") {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  // MARK: - Saving

  /// Applies `change` and saves at once.
  /// - Throws: `ProgressError` when the file cannot be written (the change stays in memory).
  public func update(_ change: (inout Progress) -> Void) throws(ProgressError) {
    lock.lock()
    defer { lock.unlock() }
    change(&current)
    try saveLocked()
  }

  /// Applies `change` to one chapter, stamps its `updated` date and saves.
  public func updateChapter(_ id: String, now: Date = Date(), _ change: (inout ChapterProgress) -> Void)
    throws(ProgressError)
  {
    try update { progress in
      var chapter = progress[chapter: id]
      change(&chapter)
      chapter.updated = now
      progress[chapter: id] = chapter
      progress.lastChapter = id
    }
  }

  /// Forgets one chapter's progress (after the learner confirmed) and saves.
  public func reset(chapter id: String) throws(ProgressError) {
    try update { progress in
      progress.chapters[id] = nil
      if progress.lastChapter == id { progress.lastChapter = nil }
    }
  }

  private func saveLocked() throws(ProgressError) {
    guard !readOnly else {
      throw ProgressError(path: fileURL.path, message: "not saved: the existing file could not be read or moved aside")
    }
    try Self.writeAtomically(Self.encode(current), to: fileURL)
  }

  static func encode(_ progress: Progress) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    // Progress holds only strings, numbers and dates: encoding cannot fail.
    return (try? encoder.encode(progress)) ?? Data()
  }

  /// Writes `data` to `url` so that a crash leaves either the old file or the new one: a
  /// temporary file in the same folder, `fsync`, `rename`, `fsync` of the folder.
  public static func writeAtomically(_ data: Data, to url: URL) throws(ProgressError) {
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw ProgressError(path: folder.path, message: "cannot create the folder (\(error.localizedDescription))")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    func failure(_ what: String) -> ProgressError {
      let reason = String(cString: strerror(errno))
      unlink(temporary.path)
      return ProgressError(path: url.path, message: "\(what) failed: \(reason)")
    }
    let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw failure("creating a temporary file") }
    var ok = data.withUnsafeBytes { raw -> Bool in
      var offset = 0
      while offset < raw.count {
        let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
    if ok { ok = fsync(fd) == 0 }
    if !ok {
      let error = failure("writing")
      close(fd)
      throw error
    }
    guard close(fd) == 0 else { throw failure("closing") }
    guard rename(temporary.path, url.path) == 0 else { throw failure("renaming into place") }
    let dirfd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dirfd >= 0 {
      _ = fsync(dirfd)
      close(dirfd)
    }
  }

  // MARK: - Export and import

  /// Writes the current progress to `url` (atomically).
  public func export(to url: URL) throws(ProgressError) {
    try Self.writeAtomically(Self.encode(progress), to: url)
  }

  /// Reads a progress file written by `export` (or a store) without touching this store.
  public static func read(from url: URL) throws(ProgressError) -> Progress {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw ProgressError(path: url.path, message: "cannot read the file")
    }
    switch decode(data) {
    case .success(let progress): return progress
    case .failure(let problem): throw ProgressError(path: url.path, message: "not imported: \(problem.reason)")
    }
  }

  /// What an import changed.
  public struct ImportSummary: Sendable, Equatable {
    /// Chapters taken from the imported file (new, or newer there).
    public var imported: [String]
    /// Chapters kept as they were here (newer here).
    public var kept: [String]
  }

  /// Merges an exported file into this store, chapter by chapter: a chapter is taken from
  /// the file when this store does not have it or when the file's copy changed later.
  public func importProgress(from url: URL) throws(ProgressError) -> ImportSummary {
    let incoming = try Self.read(from: url)
    var summary = ImportSummary(imported: [], kept: [])
    try update { progress in
      for (id, chapter) in incoming.chapters.sorted(by: { $0.key < $1.key }) {
        if let mine = progress.chapters[id], (mine.updated ?? .distantPast) > (chapter.updated ?? .distantPast) {
          summary.kept.append(id)
        } else {
          progress.chapters[id] = chapter
          summary.imported.append(id)
        }
      }
      if progress.lastChapter == nil { progress.lastChapter = incoming.lastChapter }
    }
    return summary
  }
}
