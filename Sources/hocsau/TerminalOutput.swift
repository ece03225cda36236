import Foundation
import MiniPy
import MiniPyLibrary
import NCursesBackend
import Plot
import TerminalKit
import TerminalUI

/// How `hocsau run` and `hocsau repl` show figures and the convolution visualizer on stdout:
/// ANSI colour and braille on a colour UTF-8 terminal, plain braille with `NO_COLOR`, ASCII for
/// `TERM=dumb`, a non-UTF-8 locale or a pipe; as wide as the terminal.
enum TerminalOutput {
  static var isTTY: Bool { isatty(STDOUT_FILENO) != 0 }

  static var capabilities: Capabilities {
    Capabilities.detect(environment: ProcessInfo.processInfo.environment, isTTY: isTTY)
  }

  /// Columns of the terminal on stdout (80 when it is not one).
  static var width: Int {
    var size = winsize()
    if isTTY, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return min(Int(size.ws_col), 160) }
    if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return min(c, 160) }
    return 80
  }

  /// Installs the standard library with sinks suited to stdout. With `interactive`, a
  /// `conv_visualizer(...)` call opens the full-screen visualizer until `q`.
  static func installLibrary(in interpreter: Interpreter, interactive: Bool) {
    let caps = capabilities
    let glyphs: GlyphSet = GlyphSet(name: ProcessInfo.processInfo.environment["HOCSAU_GLYPHS"] ?? "")
      ?? (caps.unicode ? (caps.colors == .none ? .brailleMono : .braille) : .ascii)
    let figureSink = PltModule.textSink(for: interpreter, width: width, glyphs: glyphs, ansi: caps.colors != .none)
    var visualizerSink: ((ConvWalkthrough) -> Void)?
    if interactive && isTTY && isatty(STDIN_FILENO) != 0 {
      visualizerSink = { walk in
        do {
          let terminal = try NCursesTerminal(environment: ProcessInfo.processInfo.environment)
          runConvVisualizer(ConvVisualizerState(walk: walk), on: terminal)
          terminal.shutdown()
        } catch {
          interpreter.output(walk.textSteps(6, ascii: !caps.unicode) + "\n")
        }
      }
    } else if !caps.unicode {
      visualizerSink = { walk in interpreter.output(walk.textSteps(6, ascii: true) + "\n") }
    }
    StandardLibrary.install(in: interpreter, figureSink: figureSink, visualizerSink: visualizerSink)
  }
}
