/// The exit statuses of podwright, a contract scripts rely on (the command line's help and docs list them).
public enum ExitStatus {
    /// Done.
    public static let success: Int32 = 0
    /// The input was understood but the result has an error (a port conflict, an audit finding at error level).
    public static let resultHasError: Int32 = 1
    /// Bad input or bad usage.
    public static let badInput: Int32 = 2
    /// The person cancelled (Ctrl-C, or leaving the advisor without a result), as a shell reports an interrupt.
    public static let cancelled: Int32 = 130
}
