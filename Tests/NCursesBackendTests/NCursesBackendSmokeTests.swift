import Testing
@testable import NCursesBackend

@Test func NCursesBackendBuilds() { #expect(Bool(true)) }
