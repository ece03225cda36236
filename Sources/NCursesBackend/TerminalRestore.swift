import Glibc

// The terminal is restored on every exit path: normal quit and thrown errors call
// `NCursesTerminal.shutdown()`; fatal signals run `restoreTerminalFromSignal`, which uses only
// async-signal-safe calls (`tcsetattr`, `write`) and then re-raises the signal.

nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false

/// Leaves the alternate screen, shows the cursor, turns mouse reporting and attributes off.
private let resetSequence: [UInt8] = Array("\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1006l\u{1b}[?2004l\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l\r\n".utf8)

func saveTerminalState() {
  if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { haveSavedTermios = true }
}

func restoreTerminalState() {
  if haveSavedTermios { tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
}

private func restoreTerminalFromSignal(_ signal: Int32) {
  if haveSavedTermios { tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
  resetSequence.withUnsafeBufferPointer { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
  Glibc.signal(signal, SIG_DFL)
  raise(signal)
}

/// Installs handlers for SIGTERM, SIGHUP, SIGQUIT and crash signals that restore the terminal
/// before the process dies. (SIGINT does not arrive in raw mode: Ctrl-C is a key.)
func installRestoreHandlers() {
  for sig in [SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT] {
    signal(sig) { restoreTerminalFromSignal($0) }
  }
}

func removeRestoreHandlers() {
  for sig in [SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT] {
    signal(sig, SIG_DFL)
  }
}
