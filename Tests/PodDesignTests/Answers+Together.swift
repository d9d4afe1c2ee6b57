@testable import PodDesign
@testable import PodModel

extension Answers {
    /// Answers that keep a companion in the main pod unless told otherwise (same lifecycle, tight coupling):
    /// the sidecar most tests of roles and checks start from. `Answers()` is the articles' default, placed apart.
    static func together(
        lifecycle: Lifecycle = .same, coupling: Coupling = .tight, scaling: Scaling = .together,
        mainCodeChangeable: Bool = true, state: State = .stateless, timing: Timing = .alongside, function: Function = .extend
    ) -> Answers {
        Answers(lifecycle: lifecycle, coupling: coupling, scaling: scaling, mainCodeChangeable: mainCodeChangeable,
                state: state, timing: timing, function: function)
    }
}
