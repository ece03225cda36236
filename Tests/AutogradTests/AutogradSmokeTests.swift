import Testing
@testable import Autograd

@Test func AutogradBuilds() { #expect(Bool(true)) }
