import Testing
@testable import MiniPyLibrary

@Test func MiniPyLibraryBuilds() { #expect(Bool(true)) }
