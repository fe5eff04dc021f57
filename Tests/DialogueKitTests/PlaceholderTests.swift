import Testing
@testable import DialogueKit
@Test func placeholder() {}
