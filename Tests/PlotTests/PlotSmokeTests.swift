import Testing
@testable import Plot

@Test func PlotBuilds() { #expect(Bool(true)) }
