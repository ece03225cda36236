/// An in-memory terminal for tests: queue keys, run the app, read the screen as text.
public final class TestTerminal: Terminal {
  public var size: ScreenSize
  public var capabilities: Capabilities
  public private(set) var screen: TextGrid
  public private(set) var cursor: (x: Int, y: Int)?
  public private(set) var frameCount = 0
  private var queue: [InputEvent] = []

  public init(
    size: ScreenSize = ScreenSize(width: 100, height: 30),
    capabilities: Capabilities = Capabilities(colors: .none, unicode: true, mouse: true)
  ) {
    self.size = size
    self.capabilities = capabilities
    self.screen = TextGrid(size: size)
  }

  public func draw(_ grid: TextGrid, cursor: (x: Int, y: Int)?) {
    screen = grid
    self.cursor = cursor
    frameCount += 1
  }

  public func nextEvent(timeout: Double?) -> InputEvent? {
    queue.isEmpty ? nil : queue.removeFirst()
  }

  public private(set) var suspended = false
  public func suspend() { suspended = true }
  public func resume() { suspended = false }

  /// Queues events for the app to read.
  public func send(_ events: InputEvent...) { queue.append(contentsOf: events) }
  public func send(keys: [Key]) { queue.append(contentsOf: keys.map { .key($0) }) }
  /// Queues each character of `text` as a key press (`\n` becomes Enter).
  public func type(_ text: String) {
    for ch in text { queue.append(.key(ch == "\n" ? .enter : .character(ch))) }
  }
  /// Changes the size and queues the resize event, as a real terminal would.
  public func resize(to newSize: ScreenSize) {
    size = newSize
    queue.append(.resize(newSize))
  }
  public var pendingEvents: Int { queue.count }
  /// The screen as text, trailing spaces trimmed.
  public var text: String { screen.text }
}
