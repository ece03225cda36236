import Testing
@testable import MiniPy

@Test func MiniPyBuilds() { #expect(Bool(true)) }
