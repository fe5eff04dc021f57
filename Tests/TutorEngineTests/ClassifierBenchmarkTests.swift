import Testing
@testable import TutorEngine

/// Prints per-answer classification times; asserts nothing about speed (machines differ).
/// For real numbers run in release:
/// `swift test -c release -Xswiftc -enable-testing --filter ClassifierBenchmark`.
@Suite("ClassifierBenchmark")
struct ClassifierBenchmarkTests {
    @Test func classifyTimings() {
        let classifier = ClassifierFixtures.classifier
        let examples = ClassifierTests.examples
        let rounds = 200
        var samples: [Duration] = []
        samples.reserveCapacity(rounds * examples.count)
        let clock = ContinuousClock()
        var verdicts = 0
        for _ in 0..<rounds {
            for example in examples {
                let start = clock.now
                let result = classifier.classify(example.answer, dialogue: "fixtures", step: example.step)
                samples.append(clock.now - start)
                verdicts &+= result.expectations.count
            }
        }
        samples.sort()
        func micros(_ d: Duration) -> Double {
            Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
        }
        let median = micros(samples[samples.count / 2])
        let p99 = micros(samples[samples.count * 99 / 100])
        let worst = micros(samples[samples.count - 1])
        print("classify: \(samples.count) answers, median \(median) µs, p99 \(p99) µs, max \(worst) µs")
        #expect(verdicts > 0)
    }
}
