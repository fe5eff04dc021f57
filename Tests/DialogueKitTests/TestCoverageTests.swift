import Testing
@testable import DialogueKit

@Suite("Test coverage")
struct TestCoverageTests {
    static func tests(nearMisses: Int) -> String {
        "examples:\n  - {answer: the earth is tilted, verdict: correct}\n"
            + (0..<nearMisses).map { "  - {answer: axis \($0), verdict: vague, near-miss: e}\n" }.joined()
    }

    @Test func anExpectationWithFewerThanThreeNearMissesIsAnErrorAtTheExpectation() throws {
        // Given: a dialogue whose one expectation has two near-misses.
        let workspace = try Workspace(["d.yaml": small, "d.tests.yaml": Self.tests(nearMisses: 2)])
        defer { workspace.remove() }
        let (content, diagnostics) = workspace.load()
        #expect(diagnostics.isEmpty)
        let dialogue = try #require(content.dialogue("d"))
        // When / Then: the coverage check points at the expectation.
        #expect(workspace.printed(TestCoverage.nearMissDiagnostics(dialogue, content.tests["d"])) == [
            "d.yaml:11:9: error: expectation 'e' of step 'why' has 2 near-misses in d.tests.yaml; it needs at least 3: "
                + "wrong answers that reuse its words, written as examples with 'near-miss: e' and the verdict they must get",
        ])
        #expect(TestCoverage.summary(dialogue, content.tests["d"]) == "d: why 3 examples (2 near-misses)")
    }

    @Test func threeNearMissesAreEnough() throws {
        let workspace = try Workspace(["d.yaml": small, "d.tests.yaml": Self.tests(nearMisses: 3)])
        defer { workspace.remove() }
        let (content, _) = workspace.load()
        let dialogue = try #require(content.dialogue("d"))
        #expect(TestCoverage.nearMissDiagnostics(dialogue, content.tests["d"]).isEmpty)
    }

    @Test func aDialogueWithoutTestsNeedsThemToo() throws {
        let workspace = try Workspace(["d.yaml": small])
        defer { workspace.remove() }
        let (content, _) = workspace.load()
        let dialogue = try #require(content.dialogue("d"))
        let printed = workspace.printed(TestCoverage.nearMissDiagnostics(dialogue, nil))
        #expect(printed.count == 1)
        #expect(printed.first?.contains("has 0 near-misses (there is no d.tests.yaml)") == true)
    }
}
