import Testing
@testable import TutorEngine
@Test func placeholder() {}
