/// Values a one-shot command keeps until the process exits, so that its last tenth is not spent freeing them.
///
/// The operating system takes back a process's memory at once when it exits; releasing a decision of a
/// thousand containers object by object first costs about a tenth of the whole run (measured with perf on
/// `bench/recommend.py`'s large design). Only commands that exit right after their output use this.
enum KeptUntilExit {
    /// Keeps a value alive until the process exits.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    /// The reference that holds a kept value.
    private final class Holder<Held> {
        let value: Held
        init(_ value: Held) { self.value = value }
    }
}
