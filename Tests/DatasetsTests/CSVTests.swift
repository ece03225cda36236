import Testing

@testable import Datasets

@Suite struct CSVTests {
  @Test func headerQuotedFieldsAndNumbers() throws {
    let text = """
      area,"price, in VND",note
      30,448.524,"a ""quoted"" word"
      32.4,509.248,"two
      lines"
      33,535.104,
      """
    let table = try CSVTable.parse(text, source: "houses.csv")
    #expect(table.header == ["area", "price, in VND", "note"])
    #expect(table.rows.count == 3)
    #expect(table.rows[0][2] == "a \"quoted\" word")
    #expect(table.rows[1][2] == "two\nlines")
    #expect(table.rows[2][2] == "")
    #expect(table.rowLines == [2, 3, 5])
    #expect(try table.numericColumn(named: "area") == [30, 32.4, 33])
    #expect(try table.number(row: 1, column: 1) == 509.248)
  }

  @Test func byteOrderMarkCRLFAndBlankLines() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x,y\r\n1,2\r\n\r\n3,4\r\n".utf8)
    let table = try CSVTable.parse(bytes, source: "bom.csv")
    #expect(table.header == ["x", "y"])  // not "\u{FEFF}x"
    let (values, shape) = try table.numericMatrix()
    #expect(values == [1, 2, 3, 4])
    #expect(shape == [2, 2])
    #expect(table.rowLines == [2, 4])
  }

  @Test func noHeaderAndSpecialNumbers() throws {
    let table = try CSVTable.parse(" 1e3 , nan,-inf\n-2.5,+4,0x10\n", hasHeader: false)
    #expect(table.header.isEmpty)
    #expect(try table.number(row: 0, column: 0) == 1000)
    #expect(try table.number(row: 0, column: 1).isNaN)
    #expect(try table.number(row: 0, column: 2) == -.infinity)
    #expect(try table.number(row: 1, column: 1) == 4)
    // float('0x10') -> ValueError: could not convert string to float: '0x10'
    expectDatasetError(.parse, containing: ["'0x10'"]) { _ = try table.number(row: 1, column: 2) }
  }

  @Test func nonNumericFieldNamesFileLineAndColumn() throws {
    let table = try CSVTable.parse("a,b\n1,2\n3,abc\n", source: "data.csv")
    expectDatasetError(.parse, containing: ["data.csv:3:2", "'abc'", "column 2 ('b')"]) {
      _ = try table.numericMatrix()
    }
  }

  @Test func emptyFieldIsAnErrorUnlessGivenAValue() throws {
    let table = try CSVTable.parse("a,b\n1,\n", source: "gap.csv")
    expectDatasetError(.parse, containing: ["gap.csv:2:2", "empty"]) { _ = try table.numericMatrix() }
    #expect(try table.numericMatrix(emptyValue: -1).values == [1, -1])
  }

  @Test func raggedRowIsAnError() {
    expectDatasetError(.corrupt, containing: ["r.csv:3", "expected 2 fields", "found 3"]) {
      _ = try CSVTable.parse("a,b\n1,2\n3,4,5\n", source: "r.csv")
    }
  }

  @Test func unclosedQuoteIsAnError() {
    expectDatasetError(.corrupt, containing: ["q.csv:2:2", "never closed"]) {
      _ = try CSVTable.parse("a,b\n1,\"oops\n2,3\n", source: "q.csv")
    }
  }

  @Test func missingColumnNamesTheColumns() throws {
    let table = try CSVTable.parse("a,b\n1,2\n")
    expectDatasetError(.notFound, containing: ["'c'", "'a', 'b'"]) { _ = try table.numericColumn(named: "c") }
  }

  @Test func encodedTextParsesBack() throws {
    let table = try CSVTable.parse("name,score\n\"Lê, Văn\",9.5\n\"say \"\"hi\"\"\",7\n")
    let again = try CSVTable.parse(table.encoded())
    #expect(again.header == table.header && again.rows == table.rows)
  }

  @Test func readsGzippedFileFromDisk() throws {
    let folder = TemporaryFolder()
    let path = folder.write("t.csv.gz", Compression.deflate(Array("x\n1\n2\n".utf8)))
    #expect(try CSVTable.read(path: path).numericColumn(named: "x") == [1, 2])
    expectDatasetError(.notFound, containing: [folder.file("missing.csv"), "no such file"]) {
      _ = try CSVTable.read(path: folder.file("missing.csv"))
    }
  }
}
