import Foundation
import Testing
@testable import Rooms

/// The matchmaker with an injected clock: every test says when things happen.
struct MatchmakerTests {
    let seasons = CheckpointKey(dialogueID: "seasons", stepID: "tilt")
    let fractions = CheckpointKey(dialogueID: "fractions-addition", stepID: "unlike")
    let t0 = Date(timeIntervalSince1970: 1_000_000)

    func matchmaker(gather: Int = 0) -> Matchmaker {
        var settings = RoomSettings()
        settings.gatherSeconds = gather
        return Matchmaker(settings: settings)
    }

    @Test func threeLearnersAtTheSameCheckpointFormOneRoom() {
        var m = matchmaker()
        // Given two learners waiting at the same checkpoint
        #expect(m.arrive("ana", at: seasons, mastery: 0.5, now: t0).isEmpty)
        #expect(m.arrive("ben", at: seasons, mastery: 0.5, now: t0 + 5).isEmpty)
        // When a third arrives, a room of the target size forms at once
        let actions = m.arrive("cy", at: seasons, mastery: 0.5, now: t0 + 9)
        #expect(actions == [.form(seasons, ["ana", "ben", "cy"])])
        #expect(m.waiting("ana") == nil)
    }

    @Test func learnersOfDifferentClassesAreNotGroupedAndOneInBothMeetsEither() {
        var m = matchmaker()
        // Given two learners of 7B and two of 8C at one checkpoint: no pool holds three
        #expect(m.arrive("ana", at: seasons, cohorts: ["7b"], mastery: 0.5, now: t0).isEmpty)
        #expect(m.arrive("ben", at: seasons, cohorts: ["7b"], mastery: 0.5, now: t0 + 1).isEmpty)
        #expect(m.arrive("cy", at: seasons, cohorts: ["8c"], mastery: 0.5, now: t0 + 2).isEmpty)
        #expect(m.arrive("dee", at: seasons, cohorts: ["8c"], mastery: 0.5, now: t0 + 3).isEmpty)
        // When a learner of both classes arrives, they complete the first class's room
        let actions = m.arrive("eve", at: seasons, cohorts: ["8c", "7b"], mastery: 0.5, now: t0 + 4)
        #expect(actions == [.form(seasons, ["ana", "ben", "eve"])])
        // and they wait nowhere else any more, while 8C still waits for a third
        #expect(m.waiting("eve") == nil)
        #expect(m.waiting("cy")?.key == seasons)
        #expect(m.arrive("fay", at: seasons, cohorts: ["8c"], mastery: 0.5, now: t0 + 5) == [.form(seasons, ["cy", "dee", "fay"])])
    }

    @Test func aLearnerOfTwoClassesWhoWaitsTooLongGoesOnAloneOnce() {
        var settings = RoomSettings()
        settings.gatherSeconds = 0
        settings.maximumWaitSeconds = 60
        var m = Matchmaker(settings: settings)
        _ = m.arrive("eve", at: seasons, cohorts: ["7b", "8c"], mastery: 0.5, now: t0)
        #expect(m.tick(now: t0 + 61) == [.goOnAlone("eve", seasons)])
        #expect(m.waiting("eve")?.entry.late == true)
    }

    @Test func learnersAtDifferentCheckpointsAreNeverGrouped() {
        var m = matchmaker()
        _ = m.arrive("ana", at: seasons, mastery: 0.5, now: t0)
        _ = m.arrive("ben", at: fractions, mastery: 0.5, now: t0)
        #expect(m.arrive("cy", at: seasons, mastery: 0.5, now: t0).isEmpty)
        #expect(m.waiting("ben")?.key == fractions)
    }

    @Test func theGatherWindowWaitsForAWiderPool() {
        var m = matchmaker(gather: 15)
        for (i, name) in ["ana", "ben", "cy"].enumerated() {
            #expect(m.arrive(name, at: seasons, mastery: 0.5, now: t0 + Double(i)).isEmpty)
        }
        #expect(m.tick(now: t0 + 14).isEmpty)
        #expect(m.tick(now: t0 + 15) == [.form(seasons, ["ana", "ben", "cy"])])
    }

    @Test func aPoolOfTheMaximumSizeFormsAtOnce() {
        var m = matchmaker(gather: 60)
        for name in ["ana", "ben", "cy"] { _ = m.arrive(name, at: seasons, mastery: 0.5, now: t0) }
        #expect(m.arrive("dee", at: seasons, mastery: 0.5, now: t0 + 1).count == 1)
    }

    @Test func afterTheMaximumWaitTwoLearnersFormAMinimumRoom() {
        var m = matchmaker()
        _ = m.arrive("ana", at: seasons, mastery: 0.5, now: t0)
        _ = m.arrive("ben", at: seasons, mastery: 0.5, now: t0 + 30)
        #expect(m.tick(now: t0 + 119).isEmpty)
        #expect(m.tick(now: t0 + 120) == [.form(seasons, ["ana", "ben"])])
    }

    @Test func aLoneLearnerGoesOnAloneAndIsPulledInLater() {
        var m = matchmaker()
        _ = m.arrive("ana", at: seasons, mastery: 0.9, now: t0)
        // Nobody came within the maximum wait
        #expect(m.tick(now: t0 + 120) == [.goOnAlone("ana", seasons)])
        #expect(m.waiting("ana")?.entry.late == true)
        // Two others arrive later: ana fills their room
        _ = m.arrive("ben", at: seasons, mastery: 0.2, now: t0 + 300)
        let actions = m.arrive("cy", at: seasons, mastery: 0.4, now: t0 + 301)
        #expect(actions == [.form(seasons, ["ana", "cy", "ben"])])
    }

    @Test func aLateLearnerIsForgottenAfterTheLateJoinWindow() {
        var m = matchmaker()
        _ = m.arrive("ana", at: seasons, mastery: 0.9, now: t0)
        _ = m.tick(now: t0 + 120)
        _ = m.tick(now: t0 + 120 + 600)
        #expect(m.waiting("ana") == nil)
    }

    @Test func aLateLearnerAloneNeverFormsARoom() {
        var m = matchmaker()
        _ = m.arrive("ana", at: seasons, mastery: 0.9, now: t0)
        m.goOn("ana", now: t0 + 1)
        #expect(m.tick(now: t0 + 500).isEmpty)
    }

    @Test func withdrawnLearnersAreNotGrouped() {
        var m = matchmaker()
        _ = m.arrive("ana", at: seasons, mastery: 0.5, now: t0)
        _ = m.arrive("ben", at: seasons, mastery: 0.5, now: t0)
        m.withdraw("ana")
        #expect(m.arrive("cy", at: seasons, mastery: 0.5, now: t0).isEmpty)
        #expect(m.tick(now: t0 + 120) == [.form(seasons, ["ben", "cy"])])
    }

    /// Mixing: sorted by mastery, dealt in snake order, so the strongest are never together.
    @Test(arguments: [
        // (masteries, expected rooms by name)
        ([0.9, 0.8, 0.7, 0.6, 0.5, 0.4], [["a", "d", "e"], ["b", "c", "f"]]),
        ([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3], [["a", "d", "e"], ["b", "c", "f", "g"]]),
        ([0.1, 0.9, 0.5, 0.3, 0.7], [["b", "d", "a"], ["e", "c"]]),
    ])
    func roomsMixMasteryLevels(masteries: [Double], expected: [[String]]) {
        let names = ["a", "b", "c", "d", "e", "f", "g"]
        let waiting = masteries.enumerated().map {
            Matchmaker.Waiting(name: names[$0.offset], mastery: $0.element, since: t0, late: false)
        }
        let rooms = Matchmaker.deal(waiting, settings: RoomSettings())
        #expect(rooms.map { Set($0) } == expected.map { Set($0) })
        #expect(rooms.allSatisfy { (2...4).contains($0.count) })
    }
}
