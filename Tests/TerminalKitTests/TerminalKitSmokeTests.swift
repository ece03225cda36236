import Testing
@testable import TerminalKit

@Test func TerminalKitBuilds() { #expect(Bool(true)) }
