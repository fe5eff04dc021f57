import Testing
@testable import LyceumLoad

@Suite struct SettingsAndProcTests {
    @Test func roomLearnersAreAMultipleOfFourSpreadEvenly() {
        var settings = LoadSettings()
        settings.clients = 10
        settings.roomShare = 0.5
        #expect(settings.roomLearners == 4)
        let rooms = (0..<10).filter { settings.behaviour($0) == .room }
        #expect(rooms.count == 4)
        #expect(rooms != [0, 1, 2, 3])
        settings.roomShare = 1
        #expect((0..<10).filter { settings.behaviour($0) == .room }.count == 8)
        settings.idle = true
        #expect(settings.behaviour(0) == .idle)
    }

    @Test func namesAreZeroPaddedFromOne() {
        let settings = LoadSettings()
        #expect(settings.name(0) == "load00001")
        #expect(settings.name(9999) == "load10000")
    }

    @Test func residentMemoryFromProcStatus() {
        let status = "Name:\tlyceum\nVmPeak:\t  300000 kB\nVmRSS:\t   12345 kB\nThreads:\t8\n"
        #expect(ProcessMemory.residentKiB(status: status) == 12345)
        #expect(ProcessMemory.residentKiB(status: "Name: x\n") == nil)
    }

    @Test func listeningSocketsOnAPortFromProcNetTCP() {
        let table = """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 0100007F:1092 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 555 1 0000000000000000 100 0 0 10 0
               1: 0100007F:1092 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 556 1 0000000000000000 20 4 30 10 -1
               2: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 557 1 0000000000000000 100 0 0 10 0
            """
        #expect(ProcessMemory.listeningInodes(table: table, port: 4242) == ["555"])
    }
}
