/// A key press, as the UI sees it (backends translate their terminal's codes into these).
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Control plus a letter, lower-cased: `.control("c")` is Ctrl-C.
  case control(Character)
  case enter, shiftEnter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
}

/// A mouse event at a cell position.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case press, release, wheelUp, wheelDown }
  public var kind: Kind
  public var x: Int
  public var y: Int
  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}

/// Everything a terminal can tell the app.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(ScreenSize)
  /// Text pasted in one go (bracketed paste), possibly several lines.
  case paste(String)
}
