import Foundation
import MiniPy
import MiniPyLibrary
import Plot

// MARK: - Configuration

/// Where a chapter's code runs and what it may use.
public struct KernelConfiguration: Sendable {
  /// The folder cells run in: relative paths are read here first, and files are written only here.
  public var workingDirectory: URL
  /// Read-only folders searched after the working folder (the chapter's folder, `assets/`).
  public var searchDirectories: [URL]
  /// Limits applied to every run (the checker tightens them per exercise).
  public var limits: Limits

  public init(workingDirectory: URL, searchDirectories: [URL] = [], limits: Limits = Limits()) {
    self.workingDirectory = workingDirectory
    self.searchDirectories = searchDirectories
    self.limits = limits
  }

  /// For a learner's chapter: runs in the chapter's folder, then finds data in `../assets/`.
  public static func forChapter(at folder: URL) -> KernelConfiguration {
    KernelConfiguration(
      workingDirectory: folder,
      searchDirectories: [folder.deletingLastPathComponent().appendingPathComponent("assets")])
  }
}

// MARK: - Outcomes

/// How one run of code ended.
public enum RunOutcome: Sendable, Equatable {
  case completed
  /// It raised; the diagnostic has the line and message.
  case raised(Diagnostic)
  /// Stopped by `interrupt()`.
  case interrupted
  /// Ran past the wall-time or statement limit.
  case timedOut(Diagnostic)
  /// Went over the array-memory limit (or asked for an impossible allocation).
  case overLimit(Diagnostic)

  public var diagnostic: Diagnostic? {
    switch self {
    case .completed, .interrupted: return nil
    case .raised(let d), .timedOut(let d), .overLimit(let d): return d
    }
  }

  public var isCompleted: Bool { self == .completed }
}

// MARK: - Kernel

/// One MiniPy interpreter set up for chapter code: the standard library (`np`, `pd`, `plt`,
/// `sklearn`, …), the check helpers, the folders and the output sinks. Not thread-safe: use it
/// from one thread (a `Session` keeps it on its worker thread).
public final class Kernel {
  public let interpreter: Interpreter
  public let configuration: KernelConfiguration
  /// Receives printed text.
  public var textSink: (String) -> Void = { _ in }
  /// Receives figures `plt.show()` produces.
  public var figureSink: (Figure) -> Void = { _ in }
  /// Receives `progress(...)` loop reports.
  public var progressSink: (LoopProgress) -> Void = { _ in }
  /// Receives `conv_visualizer(...)` walkthroughs; nil prints their first steps as text.
  public var visualizerSink: ((ConvWalkthrough) -> Void)?

  public init(configuration: KernelConfiguration, interrupt: InterruptFlag? = nil, loopGate: LoopGate? = nil) {
    self.configuration = configuration
    let interpreter = Interpreter(workingDirectory: configuration.workingDirectory, limits: configuration.limits)
    interpreter.searchDirectories = configuration.searchDirectories
    if let interrupt { interpreter.interrupt = interrupt }
    self.interpreter = interpreter
    interpreter.output = { [unowned self] text in self.textSink(text) }
    StandardLibrary.install(in: interpreter, figureSink: { [unowned self] figure in self.figureSink(figure) })
    ProgressBinding.install(in: interpreter, gate: loopGate) { [unowned self] report in self.progressSink(report) }
    HostBridge.installVisualizerSink(in: interpreter) { [unowned self] walk in
      if let sink = self.visualizerSink { sink(walk) } else { self.textSink(walk.textSteps(6) + "\n") }
    }
    CheckHelpers.install(in: interpreter)
  }

  /// Runs `source` (named `name` in diagnostics) to the end, with the configured limits
  /// replaced by `limits` when given.
  public func run(_ source: String, name: String, limits: Limits? = nil) -> RunOutcome {
    let saved = interpreter.limits
    if let limits { interpreter.limits = limits }
    defer { interpreter.limits = saved }
    do {
      try HostBridge.run(source, name: name, in: interpreter)
      return .completed
    } catch {
      let diagnostic = HostBridge.diagnostic(from: error)
      switch diagnostic.kind {
      case .interrupted:
        return .interrupted
      case .memory:
        return .overLimit(diagnostic)
      case .limit:
        if let cap = interpreter.limits.memoryBytes, interpreter.memoryUsed > cap { return .overLimit(diagnostic) }
        return .timedOut(diagnostic)
      default:
        return .raised(diagnostic)
      }
    }
  }
}
