/// Why a Compose value cannot be interpolated: a required variable has no value, or a `${` starts no form
/// Compose reads. Either makes the file bad input, as it makes `docker compose config` fail.
enum InterpolationError: Error, Hashable, Sendable {
    case required(VariableReference, message: String)
    case invalid(VariableReference)
}
