/// Optimal string alignment (restricted Damerau-Levenshtein) distance with an early exit.
public enum EditDistance {
    /// The distance between `a` and `b` if it is at most `limit`, otherwise `limit + 1`.
    public static func bounded(_ a: String, _ b: String, limit: Int) -> Int {
        var x = a, y = b
        return x.withUTF8 { ax in y.withUTF8 { by in bounded(ax, by, limit: limit) } }
    }

    public static func bounded(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        if n > 62 || m > 62 { return a.elementsEqual(b) ? 0 : limit + 1 }
        // Three rolling rows on the stack-friendly tuple-free path: small words only.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            var prev2 = buffer.baseAddress!
            var prev = prev2 + (m + 1)
            var cur = prev + (m + 1)
            for jj in 0...m { prev[jj] = jj; prev2[jj] = 0 }
            for i in 1...n {
                cur[0] = i
                var rowMin = i
                let ca = a[i - 1]
                for jj in 1...m {
                    let cb = b[jj - 1]
                    let cost = ca == cb ? 0 : 1
                    var v = min(prev[jj] + 1, cur[jj - 1] + 1, prev[jj - 1] + cost)
                    if i > 1, jj > 1, ca == b[jj - 2], a[i - 2] == cb { v = min(v, prev2[jj - 2] + 1) }
                    cur[jj] = v
                    if v < rowMin { rowMin = v }
                }
                if rowMin > limit { return limit + 1 }
                let t = prev2; prev2 = prev; prev = cur; cur = t
            }
            return min(prev[m], limit + 1)
        }
    }
}
