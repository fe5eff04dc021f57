import Testing
@testable import TextAnalysis

@Suite("Stemmer")
struct StemmerTests {
    /// Pairs the matchers rely on being one word family.
    @Test(arguments: [
        ("tilted", "tilt"), ("tilting", "tilt"), ("tilts", "tilt"),
        ("heavier", "heavy"), ("heaviest", "heavy"), ("faster", "fast"), ("fastest", "fast"),
        ("closer", "close"), ("nearer", "near"), ("bigger", "big"), ("biggest", "big"),
        ("larger", "large"), ("largest", "large"), ("smaller", "small"), ("lighter", "light"),
        ("falls", "falling"), ("fell", "fell"), ("used", "using"), ("moving", "moves"),
        ("forces", "force"), ("photosynthesis", "photosynthesis"), ("currents", "current"),
        ("hotter", "hot"), ("warmer", "warm"), ("easier", "easy"), ("bases", "base"),
    ])
    func conflates(_ a: String, _ b: String) {
        #expect(Stemmer.stem(a) == Stemmer.stem(b), "\(a) -> \(Stemmer.stem(a)), \(b) -> \(Stemmer.stem(b))")
    }

    /// Pairs that must stay apart.
    @Test(arguments: [
        ("summer", "sum"), ("water", "wait"), ("number", "numb"), ("flower", "flow"), ("power", "pow"),
        ("layer", "lay"), ("matter", "mat"), ("better", "bet"), ("tilt", "till"), ("heavy", "heat"),
        ("farther", "far"), ("soil", "soul"), ("air", "airy"),
    ])
    func keepsApart(_ a: String, _ b: String) {
        #expect(Stemmer.stem(a) != Stemmer.stem(b), "\(a) and \(b) both -> \(Stemmer.stem(a))")
    }

    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("relational", "relat"), ("hopping", "hop"),
        ("generalization", "gener"), ("adjustment", "adjust"), ("agreed", "agre"),
        ("gas", "gas"), ("bus", "bus"), ("this", "this"), ("tilts", "tilt"),
    ])
    func porterReference(_ word: String, _ stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }
}
