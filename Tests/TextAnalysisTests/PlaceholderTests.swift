import Testing
@testable import TextAnalysis
@Test func placeholder() {}
