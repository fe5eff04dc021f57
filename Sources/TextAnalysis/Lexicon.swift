/// Word classes the analyzer needs: function words, negators, clause boundaries,
/// contractions and comparison words. One lookup per token.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A function word: optional in a phrase, never typo-matched, not "content".
    public static let stop = WordClass(rawValue: 1 << 0)
    /// `not`, `no`, `never`, `none`, `nothing`, `neither`, `nor`, `without`.
    public static let negator = WordClass(rawValue: 1 << 1)
    /// `but`, `so`, `because`, ...: ends a negation once it has a content word.
    public static let conjunction = WordClass(rawValue: 1 << 2)
    /// `it`, `they`, `we`, ...: a new subject ends a negation once it has a content word.
    public static let subject = WordClass(rawValue: 1 << 3)
    /// Words after which a sentence-initial "no" is an interjection ("no, the ...", "no it is ...").
    public static let interjectionFollower = WordClass(rawValue: 1 << 4)
    /// `the`, `this`, `which`, ...: "the heavier one" uses "one" as a pronoun.
    public static let determiner = WordClass(rawValue: 1 << 5)
    /// larger, bigger, more, ">", ...
    public static let greater = WordClass(rawValue: 1 << 6)
    /// smaller, less, fewer, "<", ...
    public static let lesser = WordClass(rawValue: 1 << 7)
    /// `and`, `but`, `so`, `because`, `when`, `which`, ...: starts a new statement (a segment).
    public static let segmentBreak = WordClass(rawValue: 1 << 8)
    /// `matter`, `reason`, `irrelevant`, ...: after a negator (or alone, for `irrelevant`), denies
    /// what came before it in the statement ("the distance doesn't matter").
    public static let dismissal = WordClass(rawValue: 1 << 9)
}

enum Lexicon {
    static let classes: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: String, _ cls: WordClass) {
            for word in words.split(separator: " ") { table[String(word), default: []].formUnion(cls) }
        }
        add("""
            a an the to of in on at by for with from into onto as than then there here is are was were \
            be been being am it its itself they them their theirs he him his she her we us our ours i me my \
            mine you your yours and or so but do does did doing has have had having will would can could \
            should shall may might must because since if just very really also what which who whom whose \
            how why when where some any one ones each every such own too this that these those \
            think guess maybe probably perhaps actually basically well yes yeah yep ok okay oh um uhm uh hmm \
            like kind sort believe mean anyway just quite rather please
            """, .stop)
        add("not no never none nothing neither nor without", .negator)
        add("but so because since though although however instead rather whereas while yet", .conjunction)
        add("it its they we i you he she this that everything everyone everybody", .subject)
        add("""
            and or but though although however instead whereas while yet when whenever if then where \
            unless until
            """, .segmentBreak)
        add("""
            matter matters mattered important relevant reason reasons cause why answer point count counts \
            affect affects irrelevant unimportant irrelevent
            """, .dismissal)
        add("""
            the a an it its they their i we you he she this that these those there my our his her \
            wait actually sorry well oh because
            """, .interjectionFollower)
        add("the this that which each every another any either no other", .determiner)
        add("larger largest bigger biggest greater greatest more most higher highest exceeds exceed exceeding > >=",
            .greater)
        add("smaller smallest less least lower lowest fewer fewest lesser < <=", .lesser)
        return table
    }()

    static func wordClass(_ word: String) -> WordClass { classes[word] ?? [] }

    /// Comparison words checked with one typo of tolerance ("biger", "smalller").
    static let fuzzyComparators: [(word: String, cls: WordClass)] = [
        ("larger", WordClass.greater), ("bigger", .greater), ("greater", .greater), ("higher", .greater),
        ("smaller", .lesser), ("fewer", .lesser),
    ]

    /// Contractions and chat shorthand written without an apostrophe, and their expansions.
    static let expansions: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (negated, base) in [("dont", "do"), ("doesnt", "does"), ("didnt", "did"), ("isnt", "is"),
                                ("arent", "are"), ("wasnt", "was"), ("werent", "were"), ("cant", "can"),
                                ("cannot", "can"), ("wont", "will"), ("wouldnt", "would"),
                                ("couldnt", "could"), ("shouldnt", "should"), ("hasnt", "has"),
                                ("havent", "have"), ("hadnt", "had"), ("aint", "is"), ("mustnt", "must"),
                                ("neednt", "need"), ("shant", "shall")] {
            table[negated] = [base, "not"]
        }
        table["im"] = ["i", "am"]
        table["ive"] = ["i", "have"]
        table["youre"] = ["you", "are"]
        table["theyre"] = ["they", "are"]
        table["thats"] = ["that", "is"]
        table["whats"] = ["what", "is"]
        table["theres"] = ["there", "is"]
        table["idk"] = ["i", "do", "not", "know"]
        table["dunno"] = ["do", "not", "know"]
        table["nope"] = ["no"]
        table["nah"] = ["no"]
        table["cuz"] = ["because"]
        table["coz"] = ["because"]
        table["bc"] = ["because"]
        table["&"] = ["and"]
        return table
    }()

    /// Frequent, correctly spelled words that are never read as a typo of another word
    /// ("right" is not "light", "came" is not "same", "fall" is not "fail").
    static let commonWords: Set<String> = Set("""
        right night might eight sight fight tight bright light same some came come name game time line fine \
        mine like live love move more most must much many make made take took look book good food wood \
        word work world would could should other over ever even never after water later paper power \
        tower lower higher hire here there where were wear year near hear dear fear bear bean mean meat \
        heat beat seat feat best rest test less loss lose lost last past fast cast most post host cost \
        hold cold gold told sold fold bold will well wall ball call fall fail tall hall mall full pull \
        half calf wind kind find mind bind hind went want wait what that than then them they thin thing \
        think drink sink link pink ring sing king long song wrong strong along among \
        sun son sum sky air hair fair pair chair soil coil boil foil toil oil tile till tilt tilts \
        mass mask mast miss moss less mess grass glass class pass gas has was \
        force forge horse house mouse course source sauce cause because \
        inside outside beside either neither whether weather feather leather \
        same sane sale male pale tale tile mile pile file while white write wrote \
        faster master mister sister water later layer player prayer \
        current currant carbon carton cotton \
        first fist mist list lift left loft soft \
        plant plan planet plane lane land hand sand band bend send sent rent bent tent \
        energy enemy \
        bulb bull bulk
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Words before `'s` that make it "is" rather than a possessive.
    static let isContractionBases: Set<String> = [
        "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "this", "everything",
        "nothing", "something", "one", "which",
    ]
}
