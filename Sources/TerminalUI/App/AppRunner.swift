import Foundation
import TerminalKit

/// Carries out effects for the app: runs cells, checks exercises, saves progress, loads
/// chapters. Results come back as messages through `post`, from any thread.
public protocol AppHost: AnyObject {
  func perform(_ effect: Effect, post: @escaping @Sendable (Message) -> Void)
}

/// A thread-safe mailbox of messages posted by the host's threads.
public final class Mailbox: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [Message] = []
  public init() {}
  public func post(_ message: Message) {
    lock.lock()
    messages.append(message)
    lock.unlock()
  }
  public func drain() -> [Message] {
    lock.lock()
    defer { lock.unlock() }
    let m = messages
    messages = []
    return m
  }
}

/// The app's loop: input and host messages in, `update`, `render` at most ~15 frames a second
/// while something changes, out to the terminal. The UI never blocks on a running cell.
public final class AppRunner {
  public private(set) var state: AppState
  private let terminal: any Terminal
  private let host: AppHost
  /// Where host threads post messages for the app.
  public let mailbox = Mailbox()
  private let clock: () -> Double
  /// Seconds between frames while a cell runs (live output, elapsed time).
  public var frameInterval = 1.0 / 15

  public init(state: AppState, terminal: any Terminal, host: AppHost, clock: @escaping () -> Double = { ProcessInfo.processInfo.systemUptime }) {
    self.state = state
    self.terminal = terminal
    self.host = host
    self.clock = clock
  }

  /// Posts a message as if the host had (for tests and for the first load).
  public func post(_ message: Message) { mailbox.post(message) }

  /// Runs until the learner quits, or — with `untilIdle` — until no input is left and nothing
  /// runs (for tests). Returns the final state.
  @discardableResult
  public func run(untilIdle: Bool = false) -> AppState {
    state.size = terminal.size
    var dirty = true
    var lastFrame = -Double.infinity
    while true {
      // Messages from the host's threads.
      for message in mailbox.drain() {
        if perform(update(&state, message)) { return state }
        dirty = true
      }
      let now = clock()
      let running = state.chapter?.isRunning == true || state.visualizer?.playing == true
      if running {
        _ = update(&state, .tick(now: now))
        dirty = true
      }
      if dirty && now - lastFrame >= (running ? frameInterval : 0) {
        let (grid, cursor) = render(state)
        terminal.draw(grid, cursor: cursor)
        lastFrame = now
        dirty = false
      }
      // Wait for input, but wake up for the next frame while something runs.
      let timeout: Double? = running ? frameInterval : (state.visualizer?.playing == true ? 1 / state.visualizer!.stepsPerSecond : 0.1)
      guard let event = terminal.nextEvent(timeout: untilIdle ? 0 : timeout) else {
        if state.screen == .visualizer, state.visualizer?.playing == true {
          state.visualizer!.tick()
          dirty = true
          continue
        }
        if untilIdle && !running {
          let pending = mailbox.drain()
          if pending.isEmpty { return state }
          for message in pending where perform(update(&state, message)) { return state }
          dirty = true
        }
        continue
      }
      let message: Message
      switch event {
      case .key(let key): message = .key(key)
      case .mouse(let m): message = .mouse(m)
      case .resize(let size): message = .resize(size)
      case .paste(let text): message = .paste(text)
      }
      if perform(update(&state, message)) { return state }
      dirty = true
    }
  }

  /// Hands effects to the host; returns true on `.quit`.
  private func perform(_ effects: [Effect]) -> Bool {
    for effect in effects {
      if effect == .quit { return true }
      if case .openExternalEditor = effect {
        terminal.suspend()
        host.perform(effect) { [mailbox] in mailbox.post($0) }
        terminal.resume()
        continue
      }
      host.perform(effect) { [mailbox] in mailbox.post($0) }
    }
    return false
  }
}
