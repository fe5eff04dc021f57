import Foundation
import LyceumCore
import LyceumStore

/// Passphrases after login: a teacher's or admin's `/reset NAME`, and `/passphrase`, a user
/// changing their own. (The change that must follow a reset happens in the login flow.)
extension ConnectionSession {
    /// `/reset NAME`: a one-time passphrase for a learner of the teacher's classes (an admin: any
    /// account), shown once to the one who reset it. Anyone else is refused as if they did not exist.
    func reset(_ command: ParsedCommand) async -> Reply {
        guard let account else { return refuse("not-logged-in", "Log in first: /login NAME.") }
        let name = command.words.first ?? ""
        let absent = account.role == .admin
            ? refuse("no-such-account", "There is no account called \(name).")
            : refuse("no-such-learner", "There is no learner called \(name).")
        do {
            guard let target = try services.database.account(named: name) else { return absent }
            if account.role != .admin {
                guard target.role == .learner, try services.database.reach(of: account).covers(target.name) else { return absent }
            }
            var generator = SystemRandomNumberGenerator()
            let oneTime = OneTimePassphrase.make(length: OneTimePassphrase.length(minimum: services.minimumPassphraseLength),
                                                 using: &generator)
            let hash = try await services.hasher.hash(oneTime)
            guard let reset = try services.database.resetPassphrase(of: target.name, oneTimeHash: hash, by: account.name,
                                                                    now: services.clock()) else { return absent }
            logger.notice("passphrase reset", metadata: ["account": "\(reset.name)"])
            // Whoever is logged in as that account now is logged out: the old passphrase no longer holds.
            if let online = await services.hub.handle(of: reset.name), online != handle {
                online.close("Your passphrase was reset, so you are logged out. Log in with the one-time passphrase you are given.")
            }
            return Reply(events: [.system("""
                \(reset.name)'s passphrase is reset. Their one-time passphrase is: \(oneTime)
                It is shown only this once: hand it to \(reset.name) privately. At their next login they type it, then choose their own.
                """)])
        } catch {
            logger.error("passphrase reset failed", metadata: ["error": "\(error)"])
            return refuse("storage", "The passphrase could not be reset just now; nothing was changed. Please try again.")
        }
    }

    /// `/passphrase`: asks for the current passphrase; the next lines go to `changeLine(_:)`.
    func beginChange() -> Reply {
        let change = PassphraseChange(minimumPassphraseLength: services.minimumPassphraseLength)
        self.change = change
        return Reply(events: [change.firstQuestion])
    }

    /// A line typed during `/passphrase`: a secret, never an answer or chat.
    func changeLine(_ line: String) async -> Reply {
        guard var change, let account else {
            self.change = nil
            return Reply()
        }
        let action = change.line(line)
        self.change = change
        switch action {
        case .say(let event):
            return Reply(events: [event])
        case .end(let event):
            self.change = nil
            return Reply(events: [event])
        case .quit:
            self.change = nil
            return Reply(events: [], close: "Goodbye! Your passphrase was not changed, and your progress is saved.")
        case .verify(let secret):
            let now = services.clock()
            if let wait = services.throttle.withLock({ $0.wait(name: account.name, address: handle.address, now: now) }) {
                self.change = nil
                return refuse("throttled", "Too many wrong passphrases. Try /passphrase again in \(wait) seconds.")
            }
            let stored = try? services.database.account(named: account.name)
            var right = false
            if let hash = stored?.passphraseHash { right = await services.hasher.verify(secret, against: hash) }
            guard stored != nil, right else {
                self.change = nil
                services.throttle.withLock { $0.failed(name: account.name, address: handle.address, now: now) }
                logger.notice("wrong current passphrase at /passphrase")
                return refuse("login-failed", "That is not your current passphrase, so nothing was changed. /passphrase starts again.")
            }
            let ask = change.verified()
            self.change = change
            return Reply(events: [ask])
        case .store(let secret):
            self.change = nil
            do {
                let hash = try await services.hasher.hash(secret)
                try services.database.setPassphrase(accountID: account.id, hash: hash)
                self.account?.passphraseHash = hash
                self.account?.mustChangePassphrase = false
                logger.info("passphrase changed")
                return Reply(events: [.system("Your passphrase is changed. Use the new one from your next login on.")])
            } catch {
                logger.error("passphrase change failed", metadata: ["error": "\(error)"])
                return refuse("storage", "Your passphrase could not be changed just now; the old one still works. Please try again.")
            }
        }
    }

    /// After a reset, the new passphrase the user chose at login: stored, then they are logged in.
    func renew(name: String, secret: String) async -> Reply {
        do {
            guard var account = try services.database.account(named: name) else {
                login.failed()
                return refuse("login-failed", "There is no account \(name) any more. /login NAME starts again.")
            }
            let hash = try await services.hasher.hash(secret)
            try services.database.setPassphrase(accountID: account.id, hash: hash)
            account.passphraseHash = hash
            account.mustChangePassphrase = false
            logger.info("passphrase chosen after a reset", metadata: ["name": "\(account.name)"])
            var reply = await loggedIn(account, new: false)
            reply.events.insert(.system("Your new passphrase is saved; the one-time one no longer works."), at: 0)
            return reply
        } catch {
            login.failed()
            logger.error("storing a new passphrase failed", metadata: ["error": "\(error)"])
            return refuse("storage", "Your new passphrase could not be saved just now; the one-time one still works. Please /login again.")
        }
    }
}
