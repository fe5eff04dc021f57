import Foundation
import LyceumCore

/// Something that happens to a room: a member's line or command, or time passing.
/// The server has already checked the role (the command table); `RoomLogic` checks the room.
public enum RoomInput: Sendable, Equatable {
    /// Enters (or re-enters, after a reconnect) the room.
    case join(String, Role)
    /// Disconnected: still a member, but not waited for.
    case away(String)
    /// A line that is not a command: a Think answer, chat, or a proposed final answer.
    case say(String, String)
    case me(String, String)
    case whisper(String, to: String, String)
    case ready(String)
    case leave(String)
    /// A moderator moves the room to its next phase.
    case advance(by: String)
    case mute(String, minutes: Int, by: String)
    case unmute(String, by: String)
    /// A moderator sends a learner back to their own dialogue.
    /// A moderator sends a learner back to their own dialogue, saying why (empty: no reason given).
    case kick(String, by: String, reason: String = "")
    case pin(String, by: String)
    case announce(String, by: String)
    /// Time passed: a phase may end by its deadline.
    case tick
}

/// What the server does after a room changed.
public enum RoomEffect: Sendable, Equatable {
    /// Deliver to everyone in the room who may see it (`RoomLine.visible(to:)`), and store it.
    case line(RoomLine)
    /// Tell only this member why their input was refused; nothing changed.
    case refused(String, code: String, message: String)
    /// Show a member who (re)joined the recent lines.
    case replay(String, [RoomLine])
    /// Deliver this line (already stored with a `line` effect) to one person who leaves the room
    /// with this input, so is no longer among those it is delivered to: who kicked them and why,
    /// why the room closed.
    case told(String, RoomLine)
    /// A learner goes back to their own dialogue; `verdict` is the group's (credit) when the room finished.
    case returned(String, verdict: String?)
    /// The room closed; nobody is in it any more.
    case closed
}
