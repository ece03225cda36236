import Foundation

// MARK: - JUnit XML

extension SubmissionReport {
  /// JUnit XML: one `<testsuite>` an exercise, one `<testcase>` a check. `failed` checks are
  /// `<failure>`s; `error`, `timeout` and `limit` are `<error>`s whose `type` says which.
  func junitReport() -> String {
    func count(_ statuses: Set<CheckStatus>, in checks: [CheckResult]) -> Int {
      checks.filter { statuses.contains($0.status) }.count
    }
    let all = exercises.flatMap(\.checks)
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"\(xmlEscape("hocsau check \(submission)"))\" tests=\"\(all.count)\" "
      + "failures=\"\(count([.failed], in: all))\" errors=\"\(count([.error, .timeout, .limit], in: all))\" "
      + "time=\"\(seconds(duration))\">\n"
    for exercise in exercises {
      xml +=
        "  <testsuite name=\"\(xmlEscape("\(chapterID) exercise \(exercise.exerciseID)"))\" "
        + "tests=\"\(exercise.checks.count)\" failures=\"\(count([.failed], in: exercise.checks))\" "
        + "errors=\"\(count([.error, .timeout, .limit], in: exercise.checks))\" skipped=\"0\" "
        + "time=\"\(seconds(exercise.duration))\">\n"
      xml += "    <properties>\n"
      xml += "      <property name=\"score\" value=\"\(formatScore(exercise.score))\"/>\n"
      xml += "      <property name=\"max_score\" value=\"\(formatScore(exercise.maxScore))\"/>\n"
      xml += "      <property name=\"hints_used\" value=\"\(exercise.hintsUsed)\"/>\n"
      xml += "    </properties>\n"
      for check in exercise.checks {
        xml +=
          "    <testcase classname=\"\(xmlEscape("\(chapterID).\(exercise.exerciseID)"))\" "
          + "name=\"\(xmlEscape(check.name))\" time=\"\(seconds(check.duration))\""
        let message = [exercise.answerMessage, check.message].filter { !$0.isEmpty }.joined(separator: "\n")
        switch check.status {
        case .passed:
          xml += "/>\n"
        case .failed:
          xml += ">\n      <failure type=\"failed\" message=\"\(xmlEscape(firstLine(message)))\">"
          xml += "\(xmlEscape(message))</failure>\n    </testcase>\n"
        case .error, .timeout, .limit:
          xml += ">\n      <error type=\"\(check.status.rawValue)\" message=\"\(xmlEscape(firstLine(message)))\">"
          xml += "\(xmlEscape(message))</error>\n    </testcase>\n"
        }
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  private func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

  private func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", maxSplits: 1).first ?? "")
  }
}

/// Escapes text for XML attributes and content; drops characters XML 1.0 forbids.
func xmlEscape(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.count)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&apos;"
    case "\n": out += "&#10;"
    case "\t", "\r": out.unicodeScalars.append(scalar)
    default:
      let v = scalar.value
      if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
    }
  }
  return out
}
