/// The passphrase a reset gives out, once: read off a screen or a slip of paper and typed once,
/// so it is lower case letters and digits without look-alikes (the join codes' alphabet: no
/// 0/o, 1/i/l, 5/s, 2/z, 8/b). Ten of its 25 symbols are about 46 bits. Pure: the generator is
/// passed in.
public enum OneTimePassphrase {
    public static let alphabet = ClassNaming.codeAlphabet.map { Character($0.lowercased()) }
    /// The length given out: 10, or the server's minimum passphrase length if that is longer.
    public static func length(minimum: Int) -> Int { max(10, minimum) }

    public static func make<G: RandomNumberGenerator>(length: Int, using generator: inout G) -> String {
        String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
}
