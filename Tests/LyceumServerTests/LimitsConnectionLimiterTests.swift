import Testing
@testable import LyceumServer

@Suite("Limits: ConnectionLimiter")
struct LimitsConnectionLimiterTests {
    @Test func defaultsFitAClassroomBehindNAT() {
        var limiter = ConnectionLimiter()
        #expect(limiter.maxPerAddress == 64)
        #expect(limiter.maxTotal == 10_000)
        for _ in 1...64 { #expect(limiter.open(address: "10.0.0.1") == .accept) }
        guard case .refuse(let reason) = limiter.open(address: "10.0.0.1") else {
            Issue.record("the 65th connection from one address should be refused"); return
        }
        #expect(reason.contains("Too many connections from your address"))
        #expect(limiter.count(for: "10.0.0.1") == 64)
    }

    @Test(arguments: [
        // (per address, total, addresses in order, expected verdict kinds: true = accept)
        (2, 10, ["a", "a", "a", "b"], [true, true, false, true]),
        (5, 3, ["a", "b", "c", "d"], [true, true, true, false]),
        (1, 1, ["a", "b"], [true, false]),
    ])
    func capsApply(perAddress: Int, total: Int, addresses: [String], accepted: [Bool]) {
        var limiter = ConnectionLimiter(limits: ServerLimits(maxConnectionsPerAddress: perAddress, maxConnections: total))
        let verdicts = addresses.map { limiter.open(address: $0) == .accept }
        #expect(verdicts == accepted)
        #expect(limiter.total == accepted.filter { $0 }.count)
    }

    @Test func fullServerSaysSo() {
        var limiter = ConnectionLimiter(limits: ServerLimits(maxConnectionsPerAddress: 1, maxConnections: 1))
        _ = limiter.open(address: "a")
        #expect(limiter.open(address: "b")
            == .refuse(reason: "The server is full right now (1 connections). Please try again in a few minutes."))
    }

    @Test func closingFreesASlot() {
        var limiter = ConnectionLimiter(limits: ServerLimits(maxConnectionsPerAddress: 1, maxConnections: 2))
        #expect(limiter.open(address: "a") == .accept)
        #expect(limiter.open(address: "a") != .accept)
        limiter.close(address: "a")
        #expect(limiter.total == 0)
        #expect(limiter.count(for: "a") == 0)
        #expect(limiter.open(address: "a") == .accept)
    }

    @Test func closingAnUnknownAddressChangesNothing() {
        var limiter = ConnectionLimiter()
        _ = limiter.open(address: "a")
        let before = limiter
        limiter.close(address: "never-opened")
        #expect(limiter == before)
        #expect(limiter.total == 1)
    }
}
