import Plot
import TerminalKit

/// The interactive convolution visualizer: a kernel sliding over an image, one output cell at a
/// time, with the arithmetic written out. Pure state; `update` handles keys, `render` draws.
public struct ConvVisualizerState: Sendable, Equatable {
  public private(set) var walk: ConvWalkthrough
  /// The current output position, in reading order.
  public private(set) var position = 0
  /// Output positions computed so far (shown filled in).
  public private(set) var revealed: Set<Int> = [0]
  public private(set) var playing = false
  /// Index into `speeds`.
  public private(set) var speedIndex = 2
  /// The kernels `k` cycles through: the learner's own first, then the classic ones.
  public let kernels: [(name: String, kernel: [[Double]])]
  public private(set) var kernelIndex = 0
  /// Editing a kernel entry: which one, and the text typed so far.
  public private(set) var editing: (row: Int, column: Int, text: String)?
  /// A one-line note for the learner (what changed, what went wrong).
  public private(set) var message: String?
  public var useASCII = false

  /// Steps per second for `p` (play).
  public static let speeds: [Double] = [0.5, 1, 2, 4, 8, 16, 32]
  public var stepsPerSecond: Double { Self.speeds[speedIndex] }

  /// - Parameter kernelName: what to call the given kernel; by default its classic name when it
  ///   is one of `ClassicKernels`, else "yours".
  public init(walk: ConvWalkthrough, kernelName: String? = nil) {
    self.walk = walk
    let name = kernelName ?? ClassicKernels.all.first { $0.kernel == walk.kernel }?.name ?? "yours"
    self.kernels = [(name, walk.kernel)] + ClassicKernels.all
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.walk == b.walk && a.position == b.position && a.revealed == b.revealed
      && a.playing == b.playing && a.speedIndex == b.speedIndex && a.kernelIndex == b.kernelIndex
      && a.editing?.row == b.editing?.row && a.editing?.column == b.editing?.column
      && a.editing?.text == b.editing?.text && a.message == b.message
  }

  public var kernelName: String { kernels[kernelIndex].name }
  public var currentCell: (row: Int, column: Int) { walk.outputCell(ofPosition: position) }
  public var hasOutput: Bool { walk.positionCount > 0 }

  // MARK: - Update

  public enum Outcome: Equatable, Sendable { case stay, quit }

  /// Handles one key. Returns `.quit` when the learner leaves (`q`).
  public mutating func update(_ key: Key) -> Outcome {
    if editing != nil { return updateEditing(key) }
    message = nil
    switch key {
    case .character("q"), .escape: return .quit
    case .character(" "): step(by: 1)
    case .right, .character("l"): move(dr: 0, dc: 1)
    case .left, .character("h"): move(dr: 0, dc: -1)
    case .down, .character("j"): move(dr: 1, dc: 0)
    // `k` cycles the kernels (below), so moving up is ↑ only.
    case .up: move(dr: -1, dc: 0)
    case .home: jump(to: 0)
    case .end: jump(to: walk.positionCount - 1)
    case .character("p"):
      playing.toggle()
      if playing && position == walk.positionCount - 1 { jump(to: 0) }
      message = playing ? "playing at \(Self.describe(stepsPerSecond)) steps/s — p pauses" : "paused"
    case .character("+"), .character("="):
      speedIndex = min(Self.speeds.count - 1, speedIndex + 1)
      message = "speed: \(Self.describe(stepsPerSecond)) steps/s"
    case .character("-"), .character("_"):
      speedIndex = max(0, speedIndex - 1)
      message = "speed: \(Self.describe(stepsPerSecond)) steps/s"
    case .character("s"): setStride(walk.stride + 1)
    case .character("S"): setStride(walk.stride - 1)
    case .character("a"): setPadding(walk.padding + 1)
    case .character("A"): setPadding(walk.padding - 1)
    case .character("k"):
      kernelIndex = (kernelIndex + 1) % kernels.count
      walk.kernel = kernels[kernelIndex].kernel
      message = "kernel: \(kernelName)"
      resetPositions()
    case .character("e"):
      editing = (0, 0, ConvWalkthrough.format(walk.kernel[0][0], ascii: true))
      playing = false
      message = "editing the kernel: type a number, Enter next, arrows move, Esc done"
    default: break
    }
    return .stay
  }

  /// Advances the animation by one step (the host calls this every 1/stepsPerSecond s while
  /// `playing`). Stops at the last position.
  public mutating func tick() {
    guard playing else { return }
    if position + 1 >= walk.positionCount {
      playing = false
      message = "done: all \(walk.positionCount) output cells computed — Space starts over"
      return
    }
    step(by: 1)
  }

  private mutating func step(by n: Int) {
    guard hasOutput else { return }
    jump(to: position + n >= walk.positionCount ? 0 : position + n)
  }

  private mutating func jump(to index: Int) {
    guard hasOutput else { return }
    position = max(0, min(walk.positionCount - 1, index))
    revealed.insert(position)
  }

  private mutating func move(dr: Int, dc: Int) {
    guard hasOutput else { return }
    let (r, c) = currentCell
    let nr = max(0, min(walk.outputRows - 1, r + dr)), nc = max(0, min(walk.outputColumns - 1, c + dc))
    jump(to: nr * walk.outputColumns + nc)
  }

  private mutating func setStride(_ s: Int) {
    guard s >= 1 else {
      message = "stride is already 1, the smallest: every position is visited"
      return
    }
    let limit = max(walk.inputRows, walk.inputColumns) + 2 * walk.padding
    guard s <= limit else {
      message = "a stride of \(s) would jump past the whole \(limit)-wide padded input"
      return
    }
    walk.stride = s
    defer { resetPositions() }
    message = "stride \(s)"
    if walk.strideLeavesRemainder && hasOutput {
      message! += ": the size is rounded down, so the last padded rows or columns are never covered"
    }
  }

  private mutating func setPadding(_ p: Int) {
    guard p >= 0 else {
      message = "padding is already 0: no zeros are added"
      return
    }
    guard p <= max(walk.kernelRows, walk.kernelColumns) else {
      message = "padding \(p) is more than the kernel size: the extra windows would see only zeros"
      return
    }
    walk.padding = p
    defer { resetPositions() }
    message = "padding \(p): \(p) ring\(p == 1 ? "" : "s") of zeros around the input (drawn dim)"
  }

  private mutating func resetPositions() {
    position = 0
    revealed = [0]
    if let problem = walk.problem {
      playing = false
      message = "no output: \(problem)"
    }
  }

  // MARK: - Editing the kernel in place

  private mutating func updateEditing(_ key: Key) -> Outcome {
    guard var (r, c, text) = editing else { return .stay }
    func commitAndMove(to nr: Int, _ nc: Int) {
      commit(r, c, text)
      let rr = (nr + walk.kernelRows) % walk.kernelRows, cc = (nc + walk.kernelColumns) % walk.kernelColumns
      editing = (rr, cc, ConvWalkthrough.format(walk.kernel[rr][cc], ascii: true))
    }
    switch key {
    case .escape, .character("q"):
      commit(r, c, text)
      editing = nil
      if message == nil || message!.hasPrefix("editing") { message = "kernel edited" }
      kernelIndexForEditedKernel()
      resetPositionsKeepingMessage()
    case .enter, .tab:
      let next = r * walk.kernelColumns + c + 1
      commitAndMove(to: (next / walk.kernelColumns) % walk.kernelRows, next % walk.kernelColumns)
    case .right: commitAndMove(to: r, c + 1)
    case .left: commitAndMove(to: r, c - 1)
    case .down: commitAndMove(to: r + 1, c)
    case .up: commitAndMove(to: r - 1, c)
    case .backspace:
      if !text.isEmpty { text.removeLast() }
      editing = (r, c, text)
    case .character(let ch) where ch.isNumber || ch == "." || ch == "-" || ch == "/" || ch == "e":
      text.append(ch)
      editing = (r, c, text)
    default:
      message = "type a number (digits, '.', '-', or a fraction such as 1/9)"
    }
    return .stay
  }

  private mutating func commit(_ r: Int, _ c: Int, _ text: String) {
    guard let value = Self.parseNumber(text) else {
      message = "'\(text)' is not a number; kept \(ConvWalkthrough.format(walk.kernel[r][c]))"
      return
    }
    if walk.kernel[r][c] != value {
      walk.kernel[r][c] = value
      message = "kernel[\(r)][\(c)] = \(ConvWalkthrough.format(value))"
    }
  }

  private mutating func kernelIndexForEditedKernel() {
    if let i = kernels.firstIndex(where: { $0.kernel == walk.kernel }) { kernelIndex = i }
  }

  private mutating func resetPositionsKeepingMessage() {
    let m = message
    resetPositions()
    if walk.problem == nil { message = m }
  }

  /// Parses `2`, `-1.5`, `1/9`.
  static func parseNumber(_ text: String) -> Double? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), b != 0 { return a / b }
    return Double(text)
  }

  static func describe(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}
