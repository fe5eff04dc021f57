import ArgumentParser
import LyceumStore

/// Where the database lives.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder; the database is DIR/lyceum.sqlite (default ./data).", valueName: "DIR"))
    var data: String?

    /// The folder given with `--data`, else ./data.
    var directory: String { data ?? "./data" }

    /// Opens the database, runs `body` with it, and closes it again (one complete file left).
    func using<T>(_ body: (AppDatabase) throws -> T) throws -> T {
        let database = try open()
        defer { try? database.close() }
        return try body(database)
    }

    /// Opens (creating if needed) the database; a failure is printed and stops the command. The
    /// caller closes it (`AppDatabase.close()`) when done, or uses `using`.
    /// `fallback`: the folder when `--data` is not given (a configuration's `data.directory`).
    func open(fallback: String? = nil) throws -> AppDatabase {
        do {
            return try AppDatabase.open(directory: data ?? fallback ?? directory)
        } catch {
            Output.error("lyceum: \(error)")
            throw ExitCode.failure
        }
    }
}
