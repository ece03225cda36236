import Testing

@testable import Plot

// MARK: - Braille and quadrant encoders, against the Unicode tables

@Test func brailleBitsFollowTheUnicodeDotNumbering() {
  // Dots 1, 2, 3, 7 down the left column; 4, 5, 6, 8 down the right (U+2800 + bits).
  #expect(DotEncoding.brailleBit(column: 0, row: 0) == 0x01)
  #expect(DotEncoding.brailleBit(column: 0, row: 1) == 0x02)
  #expect(DotEncoding.brailleBit(column: 0, row: 2) == 0x04)
  #expect(DotEncoding.brailleBit(column: 0, row: 3) == 0x40)
  #expect(DotEncoding.brailleBit(column: 1, row: 0) == 0x08)
  #expect(DotEncoding.brailleBit(column: 1, row: 3) == 0x80)
  #expect(DotEncoding.braille(0x01) == "⠁")
  #expect(DotEncoding.braille(0x47) == "⡇")  // the whole left column
  #expect(DotEncoding.braille(0xB8) == "⢸")  // the whole right column
  #expect(DotEncoding.braille(0xFF) == "⣿")
}

@Test func quadrantBitsMapToTheBlockElements() {
  #expect(DotEncoding.quadrantBit(column: 0, row: 0) == 1)
  #expect(DotEncoding.quadrantBit(column: 1, row: 1) == 8)
  #expect(DotEncoding.quadrant(0) == " ")
  #expect(DotEncoding.quadrant(1 | 8) == "▚")
  #expect(DotEncoding.quadrant(1 | 2) == "▀")
  #expect(DotEncoding.quadrant(4 | 8) == "▄")
  #expect(DotEncoding.quadrant(1 | 4) == "▌")
  #expect(DotEncoding.quadrant(2 | 4 | 8) == "▟")
  #expect(DotEncoding.quadrant(15) == "█")
}

@Test func dotRasterCombinesDotsOfOneCell() {
  var raster = DotRaster(columns: 1, rows: 1, marks: .braille)
  for (x, y) in [(0, 0), (1, 1), (0, 2), (1, 3)] { raster.set(x, y, series: 0) }
  // 0x01 | 0x10 | 0x04 | 0x80 = 0x95
  #expect(raster.character(at: 0, asciiCharacter: "*") == "⢕")
  raster.set(5, 5, series: 0)  // outside: ignored
  #expect(raster.bits == [0x95])
}

/// A diagonal from (0, 0) to (1, 1) in a 2×1-cell braille chart is a 4×4-dot Bresenham line
/// through dots (0,3) (1,2) (2,1) (3,0): left cell 0x40|0x20 = ⡠, right cell 0x02|0x08 = ⠊.
@Test func diagonalLineInBraille() {
  let chart = Chart(
    [.line(LineSeries(x: [0, 1], y: [0, 1]))], xLimits: AxisLimits(0...1),
    yLimits: AxisLimits(0...1), showsAxes: false)
  #expect(chart.render(width: 2, height: 1, glyphs: .brailleMono).plainText() == "⡠⠊")
  // In quadrants (2×2 dots a cell) the area is 4×2 dots; Bresenham from (0,1) to (3,0) sets
  // (0,1) (1,1) (2,0) (3,0): left cell lower-left|lower-right = ▄, right cell upper half = ▀.
  let quadrant = chart.render(width: 2, height: 1, glyphs: GlyphSet(marks: .quadrant, colors: .none))
  #expect(quadrant.plainText() == "▄▀")
}

/// A solid horizontal line at y = 0.5 in a 4×2-cell braille area (8×8 dots, y from 0 to 1)
/// lies on dot row (1 − 0.5) · 8 = 4: the top dot row of the second cell row, both columns
/// (0x01 | 0x08 = ⠉) in every cell.
@Test func horizontalReferenceLineInBraille() {
  let chart = Chart(
    [.reference(ReferenceLine(.horizontal, at: 0.5, style: .solid))],
    xLimits: AxisLimits(0...1), yLimits: AxisLimits(0...1), showsAxes: false)
  #expect(chart.render(width: 4, height: 2, glyphs: .brailleMono).plainText() == "\n⠉⠉⠉⠉")
  #expect(chart.summary == "horizontal line at y = 0.5")
}
