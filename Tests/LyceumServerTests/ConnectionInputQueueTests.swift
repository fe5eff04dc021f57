import Testing
@testable import LyceumServer

@Suite("Connection: InputQueue")
struct ConnectionInputQueueTests {
    typealias Queue = InputQueue<Int>

    @Test func theFirstLineStartsAProcessorThatTakesLinesInOrderAndStopsWhenNoneIsLeft() {
        // Given an idle connection
        var queue = Queue()

        // When three lines arrive, the third while the first is processed
        #expect(queue.arrived(.line("a"), due: 1) == .startProcessing)
        #expect(queue.arrived(.line("b"), due: 2) == nil)
        #expect(queue.next(closing: false) == .line(.line("a"), due: 1))
        #expect(queue.arrived(.line("c"), due: 3) == nil)

        // Then they are processed in order, and the processor stops
        #expect(queue.next(closing: false) == .line(.line("b"), due: 2))
        #expect(queue.next(closing: false) == .line(.line("c"), due: 3))
        #expect(queue.next(closing: false) == .idle)
        #expect(!queue.isProcessing)

        // And the next line starts a new one
        #expect(queue.arrived(.invalidUTF8, due: 4) == .startProcessing)
    }

    @Test func aClosingConnectionDropsTheLinesStillWaiting() {
        var queue = Queue()
        _ = queue.arrived(.line("old answer"), due: 1)
        _ = queue.arrived(.line("another"), due: 2)
        #expect(queue.next(closing: true) == .idle)
        #expect(queue.waitingCount == 0)
    }

    @Test func whenTheInputEndsEveryLineIsAnsweredBeforeTheOutputCloses() {
        // Given two lines waiting, one being processed
        var queue = Queue()
        _ = queue.arrived(.line("a"), due: 1)
        _ = queue.arrived(.line("b"), due: 1)
        #expect(queue.next(closing: false) == .line(.line("a"), due: 1))

        // When the client half-closes
        #expect(queue.inputDidEnd() == nil)

        // Then the last line is still processed, and only then the output closes
        #expect(queue.next(closing: false) == .line(.line("b"), due: 1))
        #expect(queue.next(closing: false) == .closeOutput)

        // And once the channel closes, the connection finishes, once
        #expect(queue.channelDidClose() == .finish)
        #expect(queue.channelDidClose() == nil)
        #expect(queue.isFinished)
    }

    @Test func anIdleConnectionWhoseInputEndsClosesItsOutputAtOnce() {
        var queue = Queue()
        #expect(queue.inputDidEnd() == .closeOutput)
        #expect(queue.inputDidEnd() == nil)
        #expect(queue.channelDidClose() == .finish)
    }

    @Test func aChannelThatClosesWhileALineIsProcessedFinishesAfterIt() {
        // Given a line being processed and one waiting
        var queue = Queue()
        _ = queue.arrived(.line("a"), due: 1)
        _ = queue.arrived(.line("b"), due: 5)
        #expect(queue.next(closing: false) == .line(.line("a"), due: 1))

        // When the client vanishes
        #expect(queue.channelDidClose() == nil)

        // Then the waiting line is still processed (answers are saved), then the connection finishes
        #expect(queue.next(closing: false) == .line(.line("b"), due: 5))
        #expect(queue.next(closing: false) == .finish)
        #expect(queue.arrived(.line("late"), due: 6) == nil)
    }
}
