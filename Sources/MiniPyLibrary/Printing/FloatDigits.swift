// NumPy's Dragon4 float formatting (`np.format_float_positional` / `format_float_scientific`),
// rebuilt on Swift's shortest round-trip digits and the C library's exactly rounded printf.

import Foundation

// MARK: - Decimal digits

/// The shortest decimal digits that round-trip a finite float: value = 0.d₁d₂… × 10^`pointPosition`.
/// Zero has no digits.
struct DecimalDigits: Equatable {
  var negative: Bool
  var digits: [UInt8]
  /// Digits before the decimal point (may be ≤ 0 for values below 0.1, or exceed `digits.count`).
  var pointPosition: Int

  /// Parses a decimal string such as `-1.2345e-05`, `123.45` or `0.001`.
  init(parsing text: Substring) {
    var s = text
    negative = s.first == "-"
    if negative || s.first == "+" { s = s.dropFirst() }
    var exponent = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(s[s.index(after: e)...]) ?? 0
      s = s[..<e]
    }
    var intCount = 0
    var ds: [UInt8] = []
    var seenPoint = false
    for c in s.utf8 {
      if c == UInt8(ascii: ".") { seenPoint = true; continue }
      ds.append(c - UInt8(ascii: "0"))
      if !seenPoint { intCount += 1 }
    }
    var point = intCount + exponent
    var lead = 0
    while lead < ds.count, ds[lead] == 0 { lead += 1; point -= 1 }
    ds.removeFirst(lead)
    while let last = ds.last, last == 0 { ds.removeLast() }
    if ds.isEmpty { point = 0 }
    digits = ds
    pointPosition = point
  }

  /// Shortest digits of a float64.
  init(shortest x: Double) { self.init(parsing: Substring(x.description)) }
  /// Shortest digits of a float32 (as NumPy prints `float32` arrays).
  init(shortestFloat32 x: Float) { self.init(parsing: Substring(x.description)) }

  var isZero: Bool { digits.isEmpty }
  /// Digits after the decimal point in positional notation.
  var fractionalCount: Int { max(0, digits.count - pointPosition) }
}

// MARK: - Dragon4 emulation

/// NumPy's float-to-text rules for one element type.
enum FloatText {
  /// Shortest digits of `x` in its own type.
  static func shortest(_ x: Double, float32: Bool) -> DecimalDigits {
    float32 ? DecimalDigits(shortestFloat32: Float(x)) : DecimalDigits(shortest: x)
  }

  /// Exactly rounded positional digits with `precision` fractional digits (ties to even, as
  /// Dragon4 with a cutoff does), from printf.
  static func roundedPositional(_ x: Double, precision: Int) -> DecimalDigits {
    DecimalDigits(parsing: Substring(String(format: "%.\(precision)f", x)))
  }

  /// Exactly rounded scientific digits with `precision` digits after the first.
  static func roundedScientific(_ x: Double, precision: Int) -> DecimalDigits {
    DecimalDigits(parsing: Substring(String(format: "%.\(precision)e", x)))
  }

  /// `np.format_float_positional(x, precision, unique=True, fractional=True, trim)`:
  /// the shortest unique digits, cut to `precision` fractional digits; `minDigits` pads the
  /// fraction with zeros; `trimZeros` false keeps the '.' only (NumPy's trim='.').
  static func positional(
    _ x: Double, float32: Bool, precision: Int?, minDigits: Int = 0, padLeft: Int = 0, padRight: Int = 0
  ) -> String {
    var d = shortest(x, float32: float32)
    if let precision, d.fractionalCount > precision {
      let neg = d.negative
      d = roundedPositional(x, precision: precision)
      d.negative = neg
    }
    var intPart = ""
    var fracPart = ""
    if d.isZero {
      intPart = "0"
    } else if d.pointPosition <= 0 {
      intPart = "0"
      fracPart = String(repeating: "0", count: -d.pointPosition) + digitString(d.digits[...])
    } else if d.pointPosition >= d.digits.count {
      intPart = digitString(d.digits[...]) + String(repeating: "0", count: d.pointPosition - d.digits.count)
    } else {
      intPart = digitString(d.digits[..<d.pointPosition])
      fracPart = digitString(d.digits[d.pointPosition...])
    }
    if fracPart.count < minDigits { fracPart += String(repeating: "0", count: minDigits - fracPart.count) }
    if d.negative { intPart = "-" + intPart }
    if intPart.count < padLeft { intPart = String(repeating: " ", count: padLeft - intPart.count) + intPart }
    if fracPart.count < padRight { fracPart += String(repeating: " ", count: padRight - fracPart.count) }
    return intPart + "." + fracPart
  }

  /// The parts of `np.format_float_scientific(x, precision, unique=True, trim='.')`:
  /// integer digit (with sign), fraction digits, exponent.
  static func scientificParts(_ x: Double, float32: Bool, precision: Int?) -> (int: String, frac: String, exp: Int) {
    var d = shortest(x, float32: float32)
    if let precision, d.digits.count - 1 > precision {
      let neg = d.negative
      d = roundedScientific(x, precision: precision)
      d.negative = neg
    }
    if d.isZero { return (d.negative ? "-0" : "0", "", 0) }
    let int = (d.negative ? "-" : "") + String(d.digits[0])
    return (int, digitString(d.digits.dropFirst()), d.pointPosition - 1)
  }

  /// Assembles `1.50e-05` from parts, padding the fraction to `minDigits` zeros, the integer
  /// part to `padLeft` and the exponent to `expDigits` digits (at least 2).
  static func scientific(
    _ parts: (int: String, frac: String, exp: Int), minDigits: Int = 0, padLeft: Int = 0, expDigits: Int = 2
  ) -> String {
    var frac = parts.frac
    if frac.count < minDigits { frac += String(repeating: "0", count: minDigits - frac.count) }
    var int = parts.int
    if int.count < padLeft { int = String(repeating: " ", count: padLeft - int.count) + int }
    var e = String(abs(parts.exp))
    let width = max(2, expDigits)
    if e.count < width { e = String(repeating: "0", count: width - e.count) + e }
    return int + "." + frac + "e" + (parts.exp < 0 ? "-" : "+") + e
  }

  /// A NumPy float scalar as `str()` shows it (the same rules as Python's `repr(float)`):
  /// `3.0`, `0.1`, `1e-05`, `1.5e+16`, `nan`, `inf`.
  static func scalarString(_ x: Double, float32: Bool) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let d = shortest(x, float32: float32)
    let a = abs(x)
    if d.isZero || (a >= 1e-4 && a < 1e16) {
      var s = positional(x, float32: float32, precision: nil)
      if s.hasSuffix(".") { s += "0" }
      return s
    }
    let p = scientificParts(x, float32: float32, precision: nil)
    var s = p.int
    if !p.frac.isEmpty { s += "." + p.frac }
    var e = String(abs(p.exp))
    if e.count < 2 { e = "0" + e }
    return s + "e" + (p.exp < 0 ? "-" : "+") + e
  }

  private static func digitString(_ ds: ArraySlice<UInt8>) -> String {
    String(decoding: ds.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
  }
}
