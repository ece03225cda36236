/// Display width of text in terminal columns: 0 for combining marks and other zero-width
/// scalars, 2 for East Asian wide and emoji, 1 otherwise. Vietnamese text, precomposed (NFC)
/// or with combining marks, is one column per letter.
public enum TextWidth {
  /// Columns taken by one grapheme cluster (a Swift `Character`).
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.count > 1,
      character.unicodeScalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2  // emoji presentation selector
    }
    return of(first)
  }

  /// Columns taken by one scalar.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 { return 0 }
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }  // fast path: ASCII and Latin-1
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B { return 0 }
    return isWide(v) ? 2 : 1
  }

  /// Columns taken by a string.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for ch in text { total += of(ch) }
    return total
  }

  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// The longest prefix of `text` that fits in `columns`, and its width.
  public static func prefix(_ text: some StringProtocol, fitting columns: Int) -> (Substring, Int) {
    let s = Substring(text)
    var used = 0
    var end = s.startIndex
    for i in s.indices {
      let w = of(s[i])
      if used + w > columns { break }
      used += w
      end = s.index(after: i)
    }
    return (s[s.startIndex..<end], used)
  }
}
