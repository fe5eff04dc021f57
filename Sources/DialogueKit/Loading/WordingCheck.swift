/// Diagnostics for author text that reads badly once the tutor says it (`WordingRules`).
enum WordingCheck {
    /// Errors for every author text whose first words repeat the opening of a template variant
    /// it is said through ("Let's test that idea. Let's test 2/5."): one per text and variant,
    /// at the text.
    static func doubledOpenings(_ texts: [AuthoredText], prompts: [PromptKind: [PromptVariant]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in texts {
            for kind in text.kinds {
                for (number, variant) in zip(1..., prompts[kind] ?? []) {
                    guard let opening = WordingRules.opening(ofTemplate: variant.template),
                          let lead = WordingRules.repeatedLead(opening: opening, text: text.text) else { continue }
                    let said = opening + " " + WordingRules.firstSentence(text.text)
                    diagnostics.append(Diagnostic(
                        "\(text.what) begins with what variant \(number) of \(variant.source.file) (line "
                            + "\(variant.source.line)) already says: the tutor would say \"\(said)\" "
                            + "('\(lead.joined(separator: " "))' twice); begin it another way or reword that variant",
                        at: text.location))
                }
            }
        }
        return diagnostics
    }

    /// Warnings for ladder and misconception texts of one step that refer to something as known
    /// ("the torch") that only another expectation's ladder brings in ("Shine a torch ..."): a
    /// learner who covered that expectation in their own words never saw it. A text may rely on
    /// the question, on the earlier rungs of its own ladder and, for an explanation, on its
    /// remediation. Only things brought in with "a", "an", "one", "another" or "some" count, so
    /// the Sun, the air or the ground, which no ladder introduces, are never reported.
    static func foreignReferences(_ step: ParsedDialogue.StepIndex) -> [Diagnostic] {
        let question = step.question.map { stems($0.text) } ?? []
        let ladders = step.ladders.map { ladder in
            let words = ladder.rungs.map { WordingRules.words($0.text) }
            let introduced = words.flatMap { WordingRules.introductions($0) }
            return (expectation: ladder.expectation, words: words,
                    introduced: Dictionary(introduced.map { ($0.stem, $0.text) }, uniquingKeysWith: { first, _ in first }))
        }
        var diagnostics: [Diagnostic] = []
        func check(_ text: AuthoredText, words: [WordingRules.Word], known: Set<String>, own: String?) {
            for (pointer, word) in WordingRules.definiteReferences(words) {
                let before = Set(words[..<pointer].map(\.stem))
                guard !known.contains(word.stem), !before.contains(word.stem) else { continue }
                let others = ladders.filter { $0.expectation != own && $0.introduced[word.stem] != nil }
                guard !others.isEmpty else { continue }
                let names = others.map { "'\($0.expectation)'" }.joined(separator: ", ")
                let phrase = words[pointer...].prefix { $0.text != word.text }.map(\.text) + [word.text]
                diagnostics.append(Diagnostic(
                    "\(text.what) refers to \"\(phrase.joined(separator: " "))\" as known, but only the ladder of "
                        + "expectation \(names) brings in \"\(others[0].introduced[word.stem] ?? word.text)\"; a learner "
                        + "who covered \(others.count == 1 ? "it" : "them") first never saw that (rely only on the question "
                        + "and the earlier rungs of this ladder)",
                    at: text.location, severity: .warning))
            }
        }
        for (ladder, words) in zip(step.ladders, ladders.map(\.words)) {
            var known = question
            for (rung, rungWords) in zip(ladder.rungs, words) {
                check(rung, words: rungWords, known: known, own: ladder.expectation)
                known.formUnion(rungWords.map(\.stem))
            }
        }
        for texts in step.remediations {
            var known = question
            for text in texts {
                let words = WordingRules.words(text.text)
                check(text, words: words, known: known, own: nil)
                known.formUnion(words.map(\.stem))
            }
        }
        return diagnostics
    }

    static func stems(_ text: String) -> Set<String> { Set(WordingRules.words(text).map(\.stem)) }
}
