// A GNU readline prompt for `hocsau repl`: history, tab completion, Ctrl-C that cancels the
// line being typed (or, while code runs, sets an interrupt flag), Ctrl-D for end of input.
//
// Readline is driven through its callback interface so that the wait for input can also watch
// a self-pipe written by the SIGINT handler.

import CReadline
import Foundation

#if canImport(Glibc)
import Glibc
#endif

// MARK: - Signal state (C globals in spirit: touched by the signal handler)

private nonisolated(unsafe) var interruptPipe: (read: Int32, write: Int32) = (-1, -1)
private nonisolated(unsafe) var interruptTargetByte: UnsafeMutableRawPointer?
private nonisolated(unsafe) var pendingLine: String?
private nonisolated(unsafe) var lineFinished = false
private nonisolated(unsafe) var sawEndOfInput = false
private nonisolated(unsafe) var completionCandidates: [String] = []
private nonisolated(unsafe) var completionProvider: ((String) -> [String])?

/// The result of one `LineReader.readLine`.
public enum LineReadResult: Equatable, Sendable {
  case line(String)
  /// Ctrl-C: the line being typed was dropped.
  case interrupted
  /// Ctrl-D on an empty line, or stdin closed.
  case endOfInput
}

/// A readline-based line editor with persistent history and completion.
public final class LineReader {
  let historyFile: URL?

  /// Loads history from `historyFile` (creating its folder) and installs the SIGINT handler.
  public init(historyFile: URL?, historyLimit: Int32 = 2000) {
    self.historyFile = historyFile
    hocsau_rl_set_catch_signals(0)
    stifle_history(historyLimit)
    if let historyFile {
      try? FileManager.default.createDirectory(at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
      _ = read_history(historyFile.path)
    }
    Self.installSignalHandler()
    hocsau_rl_set_word_break(Self.wordBreaks)
    hocsau_rl_set_completion { text, start, end in
      hocsau_rl_set_attempted_over(1)
      hocsau_rl_set_completion_append(0)
      guard let text, let provider = completionProvider else { return nil }
      completionCandidates = provider(String(cString: text))
      if completionCandidates.isEmpty { return nil }
      return rl_completion_matches(text) { _, state in
        let i = Int(state)
        guard i < completionCandidates.count else { return nil }
        return strdup(completionCandidates[i])
      }
    }
  }

  private nonisolated(unsafe) static let wordBreaks: UnsafePointer<CChar> = {
    let s = strdup(" \t\n\"\\'`@$><=;|&{(,[]+-*/%:)~^!")!
    return UnsafePointer(s)
  }()

  /// Called with the word before the cursor (`np.ze`); returns full candidates (`np.zeros`).
  public var completer: ((String) -> [String])? {
    get { completionProvider }
    set { completionProvider = newValue }
  }

  /// While set, Ctrl-C stores a non-zero byte here (an interpreter's interrupt flag) in
  /// addition to cancelling input.
  public static var interruptTarget: UnsafeMutableRawPointer? {
    get { interruptTargetByte }
    set { interruptTargetByte = newValue }
  }

  /// Shows `prompt` and reads one line with editing, history and completion.
  public func readLine(prompt: String) -> LineReadResult {
    drainInterrupts()
    lineFinished = false
    sawEndOfInput = false
    pendingLine = nil
    rl_callback_handler_install(prompt) { line in
      if let line {
        pendingLine = String(cString: line)
        free(line)
      } else {
        sawEndOfInput = true
      }
      lineFinished = true
      rl_callback_handler_remove()
    }
    while !lineFinished {
      var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: interruptPipe.read, events: Int16(POLLIN), revents: 0)]
      let r = poll(&fds, 2, -1)
      if r < 0 { if errno == EINTR { continue }; break }
      if fds[1].revents & Int16(POLLIN) != 0 {
        drainInterrupts()
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_callback_handler_remove()
        Self.writeOut("\n")
        return .interrupted
      }
      if fds[0].revents & Int16(POLLIN | POLLHUP) != 0 { rl_callback_read_char() }
    }
    if sawEndOfInput || pendingLine == nil { Self.writeOut("\n"); return .endOfInput }
    return .line(pendingLine!)
  }

  /// Adds a line to the history (and the history file when `saveHistory` runs).
  public func addHistory(_ line: String) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    add_history(line)
  }

  /// Writes the history file.
  public func saveHistory() {
    guard let historyFile else { return }
    _ = write_history(historyFile.path)
  }

  /// `$XDG_DATA_HOME/hocsau/history`, or `~/.local/share/hocsau/history`.
  public static var defaultHistoryFile: URL {
    let env = ProcessInfo.processInfo.environment
    let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
    return base.appendingPathComponent("hocsau/history")
  }

  /// Whether stdin is a terminal (otherwise a REPL reads a whole script from stdin).
  public static var stdinIsTerminal: Bool { isatty(0) == 1 }

  static func writeOut(_ s: String) {
    var bytes = Array(s.utf8)
    _ = write(1, &bytes, bytes.count)
  }

  // MARK: Signals

  private func drainInterrupts() {
    var buf = [UInt8](repeating: 0, count: 64)
    while read(interruptPipe.read, &buf, 64) > 0 {}
  }

  private static func installSignalHandler() {
    guard interruptPipe.read < 0 else { return }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return }
    for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    interruptPipe = (fds[0], fds[1])
    var action = sigaction()
    #if os(Linux)
    action.__sigaction_handler.sa_handler = { _ in
      if let t = interruptTargetByte { t.storeBytes(of: 1, as: UInt8.self) }
      var one: UInt8 = 1
      _ = write(interruptPipe.write, &one, 1)
    }
    #else
    action.__sigaction_u.__sa_handler = { _ in
      if let t = interruptTargetByte { t.storeBytes(of: 1, as: UInt8.self) }
      var one: UInt8 = 1
      _ = write(interruptPipe.write, &one, 1)
    }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }
}
