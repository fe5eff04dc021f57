import ArgumentParser
import Foundation
import Logging
import LyceumServer
import LyceumStore
import ServiceLifecycle
import TutorEngine

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the tutor over TCP (learners connect with `nc HOST PORT`).",
        discussion: """
        With no options: the bundled dialogues on 127.0.0.1:4242, data in ./data/lyceum.sqlite. \
        Settings come from these flags, then LYCEUM_* environment variables, then --config FILE \
        (see Config/lyceum.yaml for every key and its default).
        """
    )

    @Option(help: "The address to listen on (default 127.0.0.1).") var host: String?
    @Option(help: "The TCP port (default 4242; 0 picks a free one).") var port: Int?
    @Option(help: "The folder for the SQLite database (default ./data).") var data: String?
    @Option(help: "The dialogues folder (default: the bundled Dialogues).") var dialogues: String?
    @Option(help: "The prompt templates folder (default: the bundled Prompts).") var prompts: String?
    @Option(help: "A YAML configuration file, like Config/lyceum.yaml.") var config: String?

    func run() async throws {
        var settings = try await ServerConfiguration.load(file: config)
        if let host { settings.host = host }
        if let port { settings.port = port }
        if let data { settings.dataDirectory = data }
        if let dialogues { settings.dialogues = dialogues }
        if let prompts { settings.prompts = prompts }
        guard settings.problems.isEmpty else {
            throw ValidationError("The configuration has problems:\n" + settings.problems.map { "  - \($0)" }.joined(separator: "\n"))
        }
        let level = Logger.Level(rawValue: settings.logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "lyceum")
        logger.info("\(FileLimit.raise())")
        let content = try ContentOptions.load(dialogues: settings.dialogues, prompts: settings.prompts)
        let database = try AppDatabase.open(directory: settings.dataDirectory)
        logger.info("Data in \(settings.dataDirectory)/lyceum.sqlite; \(content.dialogues.count) dialogues loaded.")
        let services = Services(tutor: Tutor(content: content), database: database, settings: settings, logger: logger)
        let server = LyceumServer(host: settings.host, port: settings.port, limits: settings.limits, services: services)
        let group = ServiceGroup(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
        do {
            try database.close()
        } catch {
            logger.warning("The database was not closed cleanly (\(error)); its write-ahead log stays beside it and is read at the next start.")
        }
    }
}
