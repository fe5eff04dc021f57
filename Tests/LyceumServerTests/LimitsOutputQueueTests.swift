import Testing
@testable import LyceumServer

@Suite("Limits: OutputQueue")
struct LimitsOutputQueueTests {
    @Test func defaults() {
        let queue = OutputQueue()
        #expect(queue.maxBytes == 256 * 1024)
        #expect(queue.maxMessages == 1000)
    }

    @Test(arguments: [
        // (max bytes, max messages, message sizes, index of the first .close or nil)
        (100, 10, [60, 40], nil as Int?),
        (100, 10, [60, 40, 1], 2),
        (100, 10, [101], 0),
        (1000, 3, [1, 1, 1], nil),
        (1000, 3, [1, 1, 1, 1], 3),
    ])
    func boundsClose(maxBytes: Int, maxMessages: Int, sizes: [Int], firstClose: Int?) {
        var queue = OutputQueue(limits: ServerLimits(maxOutputBytes: maxBytes, maxOutputMessages: maxMessages))
        let decisions = sizes.map { queue.enqueue(bytes: $0) }
        #expect(decisions.firstIndex { $0 != .accept } == firstClose)
    }

    @Test func aReaderThatKeepsUpIsNeverClosed() {
        var queue = OutputQueue(limits: ServerLimits(maxOutputBytes: 100, maxOutputMessages: 2))
        for _ in 0..<1000 {
            #expect(queue.enqueue(bytes: 80) == .accept)
            queue.drained(bytes: 80)
        }
        #expect(queue.queuedBytes == 0)
        #expect(queue.queuedMessages == 0)
    }

    @Test func aStalledReaderIsClosedAndStaysClosed() {
        var queue = OutputQueue(limits: ServerLimits(maxOutputBytes: 1024, maxOutputMessages: 1000))
        #expect(queue.enqueue(bytes: 1000) == .accept)
        let decision = queue.enqueue(bytes: 100)
        #expect(decision == .close(reason:
            "Output is not being read (more than 1 KiB or 1000 messages waiting), so the connection is closing."))
        queue.drained(bytes: 1000)
        #expect(queue.enqueue(bytes: 1) == decision)
        #expect(queue.isClosed)
    }
}
