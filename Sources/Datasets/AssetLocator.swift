import Foundation

// MARK: - Finding the repository's assets/ folder

/// Finds the `assets/` folder that ships with hocsau and resolves data-file names against it.
///
/// The folder is looked for, in order:
/// 1. `$HOCSAU_ASSETS`, if set (it must be a folder);
/// 2. an `assets/` folder holding `README.md` in the current directory or any parent;
/// 3. the same, upward from the running executable's folder (so `.build/debug/hocsau` finds
///    the checkout it was built from).
public struct AssetLocator: Sendable {
  /// The environment consulted for `HOCSAU_ASSETS` (and, by loaders, `HOCSAU_DATA`).
  public var environment: [String: String]
  /// Where the upward search starts.
  public var currentDirectory: String
  /// The running program's path, for the second upward search.
  public var executablePath: String?

  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath,
    executablePath: String? = Bundle.main.executablePath ?? CommandLine.arguments.first
  ) {
    self.environment = environment
    self.currentDirectory = currentDirectory
    self.executablePath = executablePath
  }

  /// A locator for this process (its environment, directory and executable).
  public static var `default`: AssetLocator { AssetLocator() }

  static func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
  }

  static func isFile(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && !directory.boolValue
  }

  /// `path` made absolute against `base` and tidied (`..` and `.` removed).
  static func absolute(_ path: String, base: String) -> String {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: base).appendingPathComponent(path)
    return url.standardizedFileURL.path
  }

  /// Folders from `start` up to `/`.
  static func ancestors(of start: String) -> [String] {
    var result = [String]()
    var url = URL(fileURLWithPath: start).standardizedFileURL
    while true {
      result.append(url.path)
      let parent = url.deletingLastPathComponent().standardizedFileURL
      if parent.path == url.path { break }
      url = parent
    }
    return result
  }

  /// The assets folder, or an error listing every place looked.
  public func assetsFolder() throws(DatasetError) -> String {
    var tried = [String]()
    if let fromEnvironment = environment["HOCSAU_ASSETS"], !fromEnvironment.isEmpty {
      let path = Self.absolute(fromEnvironment, base: currentDirectory)
      if Self.isDirectory(path) { return path }
      tried.append("\(path) (from HOCSAU_ASSETS)")
    }
    var starts = [currentDirectory]
    if let executablePath {
      starts.append(URL(fileURLWithPath: Self.absolute(executablePath, base: currentDirectory)).deletingLastPathComponent().path)
    }
    for start in starts {
      for folder in Self.ancestors(of: start) {
        let candidate = (folder as NSString).appendingPathComponent("assets")
        if Self.isFile((candidate as NSString).appendingPathComponent("README.md")) { return candidate }
      }
      tried.append("assets/README.md in \(start) and every folder above it")
    }
    throw DatasetError(
      .notFound, "cannot find hocsau's assets folder; looked at: " + tried.joined(separator: "; ")
        + ". Set HOCSAU_ASSETS to the repository's assets folder.", source: "assets")
  }

  /// The path of the data file `name`: an absolute path as is; otherwise `folder/name` first
  /// (a chapter's or script's own folder, when given), then `assets/name`.
  /// Throws `.notFound` naming every path tried.
  public func resolve(_ name: String, relativeTo folder: String? = nil) throws(DatasetError) -> String {
    if name.hasPrefix("/") {
      if Self.isFile(name) { return name }
      throw DatasetError(.notFound, "no such file", source: name)
    }
    var tried = [String]()
    let first = Self.absolute(name, base: folder.map { Self.absolute($0, base: currentDirectory) } ?? currentDirectory)
    if Self.isFile(first) { return first }
    tried.append(first)
    var assetsError: DatasetError?
    do {
      let inAssets = Self.absolute(name, base: try assetsFolder())
      if Self.isFile(inAssets) { return inAssets }
      tried.append(inAssets)
    } catch {
      assetsError = error
    }
    var message = "file '\(name)' not found; tried " + tried.joined(separator: ", ")
    if let assetsError { message += " (and \(assetsError.message))" }
    throw DatasetError(.notFound, message, source: name)
  }
}
