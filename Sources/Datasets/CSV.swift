import Foundation

// MARK: - CSV tables

/// A comma-separated table as text: an optional header row and rows of fields.
///
/// Parsing follows RFC 4180 as spreadsheets and pandas write it: fields may be quoted with `"`,
/// a quoted field may hold the delimiter, newlines and doubled quotes (`""`); lines end with
/// LF or CRLF; a UTF-8 byte-order mark at the start is dropped; blank lines are skipped. Every
/// row must have as many fields as the first. Numbers are parsed on request, with errors that
/// name the file, line and column.
public struct CSVTable: Sendable, Equatable {
  /// Column names (empty when read with `hasHeader: false`).
  public var header: [String]
  /// The data rows, each with `columnCount` fields, as text.
  public var rows: [[String]]
  /// The 1-based line in the file where each row starts (for error messages).
  public var rowLines: [Int]
  /// The file this came from, named in errors.
  public var source: String

  public var columnCount: Int { header.isEmpty ? (rows.first?.count ?? 0) : header.count }

  // MARK: - Reading

  /// Reads and parses the CSV file at `path` (gunzipping a `.gz`-compressed one).
  public static func read(path: String, hasHeader: Bool = true, delimiter: UInt8 = UInt8(ascii: ","))
    throws(DatasetError) -> CSVTable
  {
    var bytes = try FileBytes.read(path)
    if Compression.isGzip(bytes) { bytes = try Compression.inflate(bytes, format: .gzip, source: path) }
    return try parse(bytes, source: path, hasHeader: hasHeader, delimiter: delimiter)
  }

  /// Parses CSV text.
  public static func parse(
    _ text: String, source: String = "<string>", hasHeader: Bool = true,
    delimiter: UInt8 = UInt8(ascii: ",")
  ) throws(DatasetError) -> CSVTable {
    try parse(Array(text.utf8), source: source, hasHeader: hasHeader, delimiter: delimiter)
  }

  /// Parses UTF-8 CSV bytes.
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(
    _ bytes: [UInt8], source: String = "<bytes>", hasHeader: Bool = true,
    delimiter: UInt8 = UInt8(ascii: ",")
  ) throws(DatasetError) -> CSVTable {
    let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
    var i = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }

    var records = [[String]]()
    var recordLines = [Int]()
    var line = 1
    var field = [UInt8]()
    var record = [String]()
    var recordStart = 1
    var fieldWasQuoted = false

    func text(_ f: [UInt8]) -> String { String(decoding: f, as: UTF8.self) }

    while i <= bytes.count {
      let atEnd = i == bytes.count
      let byte: UInt8 = atEnd ? newline : bytes[i]
      if byte == quote && field.isEmpty && !fieldWasQuoted {
        // A quoted field: read to the closing quote.
        let openLine = line
        fieldWasQuoted = true
        i += 1
        var closed = false
        while i < bytes.count {
          let b = bytes[i]
          if b == quote {
            if i + 1 < bytes.count && bytes[i + 1] == quote {
              field.append(quote)
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if b == newline { line += 1 }
          field.append(b)
          i += 1
        }
        guard closed else {
          throw DatasetError(.corrupt, "a quoted field opened here is never closed", source: source, line: openLine, column: record.count + 1)
        }
        if i < bytes.count, bytes[i] != delimiter, bytes[i] != newline, bytes[i] != carriage {
          throw DatasetError(
            .corrupt, "unexpected text after a closing quote", source: source, line: line,
            column: record.count + 1)
        }
        continue
      }
      if byte == delimiter {
        record.append(text(field))
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
        i += 1
        continue
      }
      if byte == newline || (byte == carriage && (i + 1 == bytes.count || bytes[i + 1] == newline)) {
        let blank = record.isEmpty && field.isEmpty && !fieldWasQuoted
        if !blank {
          record.append(text(field))
          records.append(record)
          recordLines.append(recordStart)
        }
        record.removeAll(keepingCapacity: true)
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
        i += byte == carriage ? 2 : 1
        line += 1
        recordStart = line
        continue
      }
      field.append(byte)
      i += 1
    }

    var header = [String]()
    if hasHeader, !records.isEmpty {
      header = records.removeFirst()
      recordLines.removeFirst()
    }
    let width = hasHeader ? header.count : (records.first?.count ?? 0)
    for (row, fields) in records.enumerated() where fields.count != width {
      throw DatasetError(
        .corrupt,
        "expected \(width) fields\(hasHeader ? " (as in the header)" : " (as in the first row)"), found \(fields.count)",
        source: source, line: recordLines[row])
    }
    return CSVTable(header: header, rows: records, rowLines: recordLines, source: source)
  }

  // MARK: - Numbers

  /// Parses one field as a `Double`: surrounding spaces are ignored; `nan`, `inf` and
  /// exponents are accepted as Python's `float()` accepts them; an empty field becomes
  /// `emptyValue` or, if that is nil, an error.
  public func number(row: Int, column: Int, emptyValue: Double? = nil) throws(DatasetError) -> Double {
    let raw = rows[row][column]
    let trimmed = raw.trimmingCharacters(in: .whitespaces)
    let name = column < header.count ? " ('\(header[column])')" : ""
    if trimmed.isEmpty {
      if let emptyValue { return emptyValue }
      throw DatasetError(
        .parse, "column \(column + 1)\(name) is empty where a number was expected", source: source,
        line: rowLines[row], column: column + 1)
    }
    // Swift also reads hexadecimal ("0x10"); Python's float() and pandas do not.
    if !trimmed.contains(where: { $0 == "x" || $0 == "X" }), let value = Double(trimmed) { return value }
    switch trimmed.lowercased() {
    case "nan", "+nan", "-nan": return .nan
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    default:
      throw DatasetError(
        .parse, "cannot read '\(raw)' in column \(column + 1)\(name) as a number", source: source,
        line: rowLines[row], column: column + 1)
    }
  }

  /// All fields as numbers, row-major, shape `[rows.count, columnCount]`.
  /// - Parameter emptyValue: what an empty field becomes (NaN, as pandas does, if you pass
  ///   `.nan`); `nil` makes an empty field an error.
  public func numericMatrix(emptyValue: Double? = nil) throws(DatasetError)
    -> (values: [Double], shape: [Int])
  {
    var values = [Double]()
    values.reserveCapacity(rows.count * columnCount)
    for r in rows.indices {
      for c in 0..<rows[r].count { values.append(try number(row: r, column: c, emptyValue: emptyValue)) }
    }
    return (values, [rows.count, columnCount])
  }

  /// One column as numbers, found by its header name.
  public func numericColumn(named name: String, emptyValue: Double? = nil) throws(DatasetError) -> [Double] {
    guard let c = header.firstIndex(of: name) else {
      throw DatasetError(
        .notFound, "no column named '\(name)'; the columns are \(header.map { "'\($0)'" }.joined(separator: ", "))",
        source: source)
    }
    var out = [Double]()
    out.reserveCapacity(rows.count)
    for r in rows.indices { out.append(try number(row: r, column: c, emptyValue: emptyValue)) }
    return out
  }

  // MARK: - Writing

  /// The table as CSV text (LF line ends); fields holding the delimiter, a quote or a newline
  /// are quoted.
  public func encoded(delimiter: Character = ",") -> String {
    func quoteIfNeeded(_ f: String) -> String {
      guard f.contains(delimiter) || f.contains("\"") || f.contains("\n") || f.contains("\r") else { return f }
      return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    var lines = [String]()
    if !header.isEmpty { lines.append(header.map(quoteIfNeeded).joined(separator: String(delimiter))) }
    for row in rows { lines.append(row.map(quoteIfNeeded).joined(separator: String(delimiter))) }
    return lines.map { $0 + "\n" }.joined()
  }
}
