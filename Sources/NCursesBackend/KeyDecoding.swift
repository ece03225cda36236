import TerminalKit

/// Translates what `wget_wch` returned into a `Key`. Pure, so tests cover it without a terminal.
///
/// - Parameters:
///   - code: the character or key code.
///   - isKeyCode: `true` when `wget_wch` returned `KEY_CODE_YES` (a function key).
public func decodeKey(code: UInt32, isKeyCode: Bool) -> Key? {
  if isKeyCode {
    switch code {
    case 0o402: return .down
    case 0o403: return .up
    case 0o404: return .left
    case 0o405: return .right
    case 0o406: return .home
    case 0o550: return .end  // KEY_END
    case 0o407: return .backspace
    case 0o512: return .delete  // KEY_DC
    case 0o522: return .pageDown  // KEY_NPAGE
    case 0o523: return .pageUp  // KEY_PPAGE
    case 0o541: return .backTab  // KEY_BTAB
    case 0o527: return .enter  // KEY_ENTER (keypad)
    case 0o410...0o477: return .function(Int(code) - 0o410)
    default: return nil
    }
  }
  switch code {
  case 9: return .tab
  case 10, 13: return .enter
  case 27: return .escape
  case 8, 127: return .backspace
  case 0: return .control(" ")
  case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
  default:
    guard let scalar = Unicode.Scalar(code) else { return nil }
    return .character(Character(scalar))
  }
}
