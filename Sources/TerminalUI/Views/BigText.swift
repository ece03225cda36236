/// Headlines in big block letters for presenter mode: each letter 3 rows tall, drawn with
/// block elements (or `#` without Unicode). Letters outside A–Z and 0–9 are drawn as themselves
/// with their accents dropped (Vietnamese headings still read: "Học sâu" → "HOC SAU").
public enum BigText {
  /// Rows of the headline; falls back to the plain title when even one row of big letters
  /// would be wider than `maxWidth`.
  public static func render(_ text: String, maxWidth: Int, unicode: Bool) -> [String] {
    let letters = text.uppercased().map(stripAccent)
    let width = letters.reduce(0) { $0 + (glyphs[$1]?[0].count ?? 1) + 1 }
    guard width <= maxWidth, width > 0 else { return [text] }
    return (0..<3).map { row in
      letters.map { ch -> String in
        guard let g = glyphs[ch] else { return String(ch) == " " ? "  " : String(ch) + " " }
        return (unicode ? g[row] : g[row].map { $0 == "█" ? "#" : $0 }.reduce("") { $0 + String($1) }) + " "
      }.joined()
    }
  }

  private static func stripAccent(_ c: Character) -> Character {
    let base = c.unicodeScalars.first.map { Character($0) } ?? c
    let map: [Character: Character] = [
      "Ă": "A", "Â": "A", "Á": "A", "À": "A", "Ả": "A", "Ã": "A", "Ạ": "A", "Đ": "D", "Ê": "E", "É": "E",
      "È": "E", "Ô": "O", "Ơ": "O", "Ó": "O", "Ò": "O", "Ư": "U", "Ú": "U", "Ù": "U", "Í": "I", "Ì": "I", "Ý": "Y",
    ]
    if let m = map[base] { return m }
    // Decomposed or precomposed letters with marks: keep the Latin base letter.
    let decomposed = String(c).decomposedBase
    return decomposed ?? base
  }

  static let glyphs: [Character: [String]] = [
    "A": ["▄▀▄", "█▀█", "▀ ▀"], "B": ["█▀▄", "█▀▄", "▀▀ "], "C": ["▄▀▀", "█  ", " ▀▀"], "D": ["█▀▄", "█ █", "▀▀ "],
    "E": ["█▀▀", "█▀ ", "▀▀▀"], "F": ["█▀▀", "█▀ ", "▀  "], "G": ["▄▀▀", "█ ▄", " ▀▀"], "H": ["█ █", "█▀█", "▀ ▀"],
    "I": ["▀█▀", " █ ", "▀▀▀"], "J": ["  █", "  █", "▀▀ "], "K": ["█ █", "█▀▄", "▀ ▀"], "L": ["█  ", "█  ", "▀▀▀"],
    "M": ["█▄█", "█ █", "▀ ▀"], "N": ["█▄ █", "█ ▀█", "▀  ▀"], "O": ["▄▀▄", "█ █", " ▀ "], "P": ["█▀▄", "█▀ ", "▀  "],
    "Q": ["▄▀▄", "█ █", " ▀▄"], "R": ["█▀▄", "█▀▄", "▀ ▀"], "S": ["▄▀▀", " ▀▄", "▀▀ "], "T": ["▀█▀", " █ ", " ▀ "],
    "U": ["█ █", "█ █", " ▀ "], "V": ["█ █", "█ █", " ▀ "], "W": ["█ █", "█ █", "▀▄▀"], "X": ["▀▄▀", " █ ", "▀ ▀"],
    "Y": ["█ █", " █ ", " ▀ "], "Z": ["▀▀█", " █ ", "▀▀▀"],
    "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▄█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"], "3": ["▀▀█", " ▀█", "▀▀▀"],
    "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"], "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"],
    "8": ["█▀█", "█▀█", "▀▀▀"], "9": ["█▀█", "▀▀█", "▀▀▀"], ".": [" ", " ", "▀"], "-": ["  ", "▀▀", "  "],
    ":": [" ", "▀", "▀"], ",": [" ", " ", "▄"],
  ]
}

extension String {
  /// The first scalar if it is an ASCII letter once combining marks are dropped.
  var decomposedBase: Character? {
    let table: [Character: Character] = [
      "Ạ": "A", "Ậ": "A", "Ặ": "A", "Ấ": "A", "Ầ": "A", "Ẩ": "A", "Ẫ": "A", "Ắ": "A", "Ằ": "A", "Ẳ": "A", "Ẵ": "A",
      "Ẹ": "E", "Ệ": "E", "Ế": "E", "Ề": "E", "Ể": "E", "Ễ": "E", "Ẻ": "E", "Ẽ": "E",
      "Ọ": "O", "Ộ": "O", "Ợ": "O", "Ố": "O", "Ồ": "O", "Ổ": "O", "Ỗ": "O", "Ớ": "O", "Ờ": "O", "Ở": "O", "Ỡ": "O", "Ỏ": "O", "Õ": "O",
      "Ụ": "U", "Ự": "U", "Ứ": "U", "Ừ": "U", "Ử": "U", "Ữ": "U", "Ủ": "U", "Ũ": "U",
      "Ị": "I", "Ỉ": "I", "Ĩ": "I", "Ỵ": "Y", "Ỳ": "Y", "Ỷ": "Y", "Ỹ": "Y",
    ]
    guard let c = first else { return nil }
    if let m = table[c] { return m }
    if let s = c.unicodeScalars.first, s.isASCII { return Character(s) }
    return nil
  }
}
