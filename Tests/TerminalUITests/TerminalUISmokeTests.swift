import Testing
@testable import TerminalUI

@Test func TerminalUIBuilds() { #expect(Bool(true)) }
