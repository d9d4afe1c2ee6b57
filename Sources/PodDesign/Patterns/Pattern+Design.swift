import PodModel

extension Pattern {
    /// The small design that shows the pattern, for a target version (nil: the newest).
    /// A native sidecar needs 1.29 or newer, so that page is shown for 1.29 on an older target.
    public func design(target: KubernetesVersion? = nil) -> Design {
        var target = target
        if self == .nativeSidecar, let version = target, !version.hasNativeSidecars { target = .nativeSidecars }
        func pod(_ name: String, _ main: String, _ image: String) -> Design {
            Design(name: name, kubernetes: target, main: MainContainer(name: main, image: image, workload: .pod))
        }
        let logShipper = Companion(
            name: "log-shipper", image: "fluent/fluent-bit:3.1", answers: Answers(lifecycle: .same, coupling: .tight),
            sharedPaths: ["/var/log/nginx"]
        )
        switch self {
        case .single:
            return pod("web", "nginx", "nginx:1.27")
        case .initContainer:
            var design = pod("ml-demo", "ml-demo", "ghcr.io/example/ml-demo:1.4")
            design.companions = [Companion(
                name: "model-loader", image: "busybox:1.36", answers: Answers(lifecycle: .same, coupling: .tight, timing: .beforeMain), sharedPaths: ["/models"]
            )]
            return design
        case .sidecar, .nativeSidecar:
            var design = pod("web", "nginx", "nginx:1.27")
            design.sidecarStyle = self == .sidecar ? .classic : .native
            design.companions = [logShipper]
            return design
        case .adapter:
            var design = pod("billing", "app", "ghcr.io/example/billing:2.0")
            design.companions = [Companion(
                name: "log-adapter", image: "fluent/fluent-bit:3.1",
                answers: Answers(lifecycle: .same, coupling: .tight, mainCodeChangeable: false, function: .transformOutput), sharedPaths: ["/var/log"]
            )]
            return design
        case .ambassador:
            var design = pod("cart", "redis-client", "ghcr.io/example/cart:1.0")
            design.companions = [Companion(
                name: "redis-proxy", image: "ghcr.io/example/twemproxy:0.5",
                answers: Answers(lifecycle: .same, coupling: .tight, mainCodeChangeable: false, function: .proxyOutbound), localPort: 6380, upstream: "redis:6379"
            )]
            return design
        }
    }
}
