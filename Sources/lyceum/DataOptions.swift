import ArgumentParser
import LyceumStore

/// Where the database lives.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder; the database is DIR/lyceum.sqlite.", valueName: "DIR"))
    var data: String = "./data"

    /// Opens (creating if needed) the database; a failure is printed and stops the command.
    func open() throws -> AppDatabase {
        do {
            return try AppDatabase.open(directory: data)
        } catch {
            Output.error("lyceum: \(error)")
            throw ExitCode.failure
        }
    }
}
