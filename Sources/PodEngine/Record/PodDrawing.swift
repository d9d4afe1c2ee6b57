/// A drawing of the decided pods: its lines, and the lines each pod's box takes, by the container the pod is built around.
public struct PodDrawing: Hashable, Sendable {
    public var lines: [String]
    public var boxes: [String: Range<Int>]
}
