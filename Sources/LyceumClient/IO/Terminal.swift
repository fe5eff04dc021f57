#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The controlling terminal: raw mode on standard input, and the guarantee that it is restored
/// however the process ends: a normal exit (atexit), SIGINT, SIGTERM, SIGHUP, or a crash (SIGSEGV,
/// SIGABRT, SIGBUS, SIGILL, SIGFPE). The handlers only call async-signal-safe functions.
public enum Terminal {
    public static var isInputTerminal: Bool { isatty(STDIN_FILENO) != 0 }
    public static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Columns of the terminal on standard output (80 if it cannot tell).
    public static var width: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Raw mode: keys arrive one by one, unechoed, Ctrl-C as a byte. Output processing stays on.
    /// Returns false if standard input is not a terminal.
    @discardableResult
    public static func enableRawMode() -> Bool {
        guard !rawModeActive, tcgetattr(STDIN_FILENO, &savedSettings) == 0 else { return rawModeActive }
        installRestoreHandlers()
        var raw = savedSettings
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else { return false }
        rawModeActive = true
        return true
    }

    /// Puts the terminal back as it was and writes `Painter.restore` (default colors, cursor shown).
    /// Safe to call more than once.
    public static func restore() {
        restoreTerminal()
    }

    // MARK: Signal-safe restoring

    private static func installRestoreHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        _ = restoreBytes  // initialize the globals now, never inside a handler
        _ = previousActions
        atexit { restoreTerminal() }
        for signal in restoredSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = restoreAndResignal
            #else
            action.__sigaction_u.__sa_handler = restoreAndResignal
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previousActions + Int(signal))
        }
    }
}

/// The signals after which the terminal is restored before the process ends.
private let restoredSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE]

// Globals, so the C signal handler can reach them without capturing anything.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var rawModeActive = false
nonisolated(unsafe) private var handlersInstalled = false
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    actions.initialize(repeating: sigaction(), count: 65)
    return actions
}()
private let restoreBytes: StaticString = "\u{1B}[0m\u{1B}[?25h"

private func restoreTerminal() {
    guard rawModeActive else { return }
    rawModeActive = false
    _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedSettings)
    _ = write(STDOUT_FILENO, restoreBytes.utf8Start, restoreBytes.utf8CodeUnitCount)
}

/// Restores the terminal, puts back the handler that was there before (the default, or Swift's
/// crash reporter), and raises the signal again so the process ends as it would have.
private func restoreAndResignal(_ signal: Int32) {
    restoreTerminal()
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}
