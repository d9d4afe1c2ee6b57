@testable import AdvisorApp
import Foundation
import PodDesign
import PodEngine
import PodModel
import PodText
import TerminalUI
import Testing

/// The advisor's update function: navigation, skipping, validation, effects.
@Suite struct UpdateTests {
    @Test func advisorAndRecommendGiveTheSameDesignAndManifest() throws {
        var model = Driver.logShipperSession()
        #expect(model.screen == .companions(selected: 0))
        Driver.press(&model, [.character("r")])
        let effects = Driver.press(&model, [.character("f")])
        let example = try String(contentsOf: Driver.root.appendingPathComponent("Resources/examples/log-shipper.yaml"), encoding: .utf8)
        var design = try DesignParser.parse(example, file: "log-shipper.yaml")
        // The advisor does not ask a container's security profile yet (the example's nginx needs baseline).
        design.main.settings.security = nil
        // Nor what cannot move the companion: a sidecar with the main container's lifecycle is not asked its coupling
        // or whether the main code can change, so the file leaves them assumed.
        design.companions[0].answers.assumed = [.coupling, .mainCodeChangeable]
        design.companions[0].assumeUnanswered()
        let expected = StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml()
        #expect(effects == [.removeAutosave, .exit(status: 0, stdout: expected)])
        guard case let .success(fromAdvisor) = model.draft.design() else { Issue.record("draft invalid"); return }
        #expect(DesignWriter.yaml(fromAdvisor) == DesignWriter.yaml(design))
    }

    @Test func functionIsSkippedBeforeMainAndProxyStepsOnlyForAmbassadors() {
        var companion = DraftCompanion(name: "x")
        companion.answers.give(.timing(.beforeMain))
        #expect(!CompanionStep.steps(for: companion, choosesServed: false).contains(.question(.function)))
        #expect(!CompanionStep.steps(for: companion, choosesServed: false).contains(.localPort))
        companion.answers.give(.timing(.alongside))
        companion.answers.give(.function(.proxyOutbound))
        #expect(CompanionStep.steps(for: companion, choosesServed: false).suffix(2) == [.localPort, .upstream])
    }

    @Test func backAndForwardSkipStepsThatDoNotApplyAndKeepLaterAnswers() {
        var model = AdvisorModel(screen: .companions(selected: 0))
        model.draft.mainImage = "nginx"
        Driver.press(&model, [.character("a")])
        Driver.clear(&model); Driver.type(&model, "init"); Driver.press(&model, [.enter])
        Driver.type(&model, "busybox"); Driver.press(&model, [.enter])
        Driver.press(&model, [.enter, .enter])  // state, scaling
        #expect(model.screen == .question(companion: 0, step: .question(.timing)))
        Driver.press(&model, [.up, .enter])
        #expect(model.draft.companions[0].answer(.timing) == .timing(.beforeMain))
        // Before the main container: no function, and whether the main code can change does not matter.
        #expect(model.screen == .question(companion: 0, step: .question(.lifecycle)))
        Driver.press(&model, [.up, .enter])  // the same lifecycle: an init container, whatever the coupling
        #expect(model.screen == .question(companion: 0, step: .sharedPaths))
        Driver.type(&model, "/models")
        Driver.press(&model, [.backTab, .backTab])
        #expect(model.screen == .question(companion: 0, step: .question(.timing)))
        Driver.press(&model, [.backTab])
        #expect(model.screen == .question(companion: 0, step: .question(.scaling)))
        Driver.press(&model, [.enter, .enter, .enter])
        #expect(model.screen == .question(companion: 0, step: .sharedPaths))
        #expect(model.draft.companions[0].sharedPaths == "/models")
        Driver.press(&model, [.enter])
        #expect(model.screen == .companions(selected: 0), "an init container is not asked for ports")
    }

    @Test func aBadNameIsMarkedAtOnceAndBlocksEnter() {
        var model = AdvisorModel(screen: .mainForm(field: .name))
        Driver.clear(&model)
        Driver.type(&model, "Shop_1")
        #expect(model.evaluation.error(at: .top(.name))?.problem == .notDNSLabel(found: "Shop_1"))
        Driver.press(&model, [.enter])
        #expect(model.screen == .mainForm(field: .name))
        #expect(model.status?.isError == true)
        Driver.clear(&model)
        Driver.type(&model, "shop")
        Driver.press(&model, [.enter])
        #expect(model.screen == .mainForm(field: .mainName))
    }

    @Test func choicesCycleWithLeftAndRight() {
        var model = AdvisorModel(screen: .mainForm(field: .workload))
        Driver.press(&model, [.right])
        #expect(model.draft.workload == "job")
        #expect(!MainField.fields(for: model.draft).contains(.replicas))
        Driver.press(&model, [.left, .left])
        #expect(model.draft.workload == "pod")
    }

    @Test func theVersionGoesUpWithRightAndDownWithLeftWithoutWrapping() {
        var model = AdvisorModel(screen: .mainForm(field: .kubernetes))
        #expect(model.draft.kubernetes == KubernetesVersion.newest.description)
        Driver.press(&model, [.right])
        #expect(model.draft.kubernetes == KubernetesVersion.newest.description)
        Driver.press(&model, [.left])
        #expect(model.draft.kubernetes == KubernetesVersion.all[KubernetesVersion.all.count - 2].description)
        Driver.press(&model, Array(repeating: .left, count: KubernetesVersion.all.count + 2))
        #expect(model.draft.kubernetes == KubernetesVersion.all[0].description)
        Driver.press(&model, [.right])
        #expect(model.draft.kubernetes == KubernetesVersion.all[1].description)
    }

    @Test func everyChangeIsAutosavedAndResumable() throws {
        var model = AdvisorModel(screen: .mainForm(field: .mainImage))
        #expect(Driver.type(&model, "n").isEmpty)
        let effects = Driver.press(&model, [.enter])
        guard case let .autosave(text) = effects.first else { Issue.record("no autosave"); return }
        let draft = try JSONDecoder().decode(Draft.self, from: Data(text.utf8))
        #expect(draft == model.draft)
        var resumed = AdvisorModel(resumable: draft)
        #expect(resumed.startItems.first == .resume)
        Driver.press(&resumed, [.enter])
        #expect(resumed.draft.mainImage == "n")
        #expect(resumed.screen == .companions(selected: 0))
        #expect(resumed.dirty)
    }

    @Test func quitAsksOnlyWithUnsavedWork() {
        var clean = AdvisorModel()
        #expect(Driver.press(&clean, [.character("q")]) == [.exit(status: 130, stdout: nil)])
        var model = AdvisorModel(screen: .mainForm(field: .workload))
        Driver.press(&model, [.right])
        #expect(Driver.press(&model, [.character("q")]).isEmpty)
        #expect(model.overlay == .confirmQuit)
        Driver.press(&model, [.character("n")])
        #expect(model.overlay == nil)
        Driver.press(&model, [.character("q")])
        #expect(Driver.press(&model, [.character("y")]) == [.exit(status: 130, stdout: nil)])
    }

    @Test func controlCCancelsAtOnceWhileTypingAndKeepsTheTypedText() {
        var model = AdvisorModel(screen: .mainForm(field: .mainImage))
        Driver.type(&model, "ngi")
        let effects = Driver.press(&model, [.control("c")])
        #expect(effects.last == .exit(status: 130, stdout: nil))
        guard case let .autosave(text) = effects.first else { Issue.record("the typed text is not kept"); return }
        #expect(text.contains("\"mainImage\" : \"ngi\""))
    }

    @Test func lettersTypeIntoTextFieldsInsteadOfActing() {
        var model = AdvisorModel(screen: .mainForm(field: .mainImage))
        Driver.type(&model, "qsp?")
        #expect(model.draft.mainImage == "qsp?")
        #expect(model.overlay == nil && model.preview == .diagram)
    }

    @Test func savingAsksForAPathAndClearsUnsaved() {
        var model = Driver.logShipperSession()
        Driver.press(&model, [.character("s")])
        #expect(model.overlay == .prompt(.design, text: "web.yaml"))
        let effects = Driver.press(&model, [.enter])
        guard case let .write(path, text, kind, replace) = effects.first else { Issue.record("no write"); return }
        #expect(path == "web.yaml" && kind == .design && !replace)
        #expect(text.hasPrefix("podwright: 1\nname: web\n"))
        _ = model.update(.effect(.exists(path: "web.yaml", kind: .design)))
        #expect(model.overlay == .confirmReplace(.design, path: "web.yaml"))
        let replaced = Driver.press(&model, [.character("y")])
        #expect(replaced.count == 1)
        _ = model.update(.effect(.written(path: "web.yaml", kind: .design)))
        #expect(!model.dirty && model.designPath == "web.yaml")
    }

    @Test func finishIsRefusedWhileTheResultHasAnError() {
        var model = Driver.logShipperSession()
        model.draft.companions[0].ports = "80"
        model.reevaluate()
        Driver.press(&model, [.character("r")])
        #expect(Driver.press(&model, [.character("f")]).isEmpty)
        #expect(model.status?.key == .uiStatusResultError)
    }

    @Test func openingAFileShowsItsCompanions() throws {
        var model = AdvisorModel()
        Driver.press(&model, [.down, .enter])
        #expect(model.overlay == .prompt(.open, text: ""))
        Driver.type(&model, "x.yaml")
        #expect(Driver.press(&model, [.enter]) == [.open(path: "x.yaml")])
        let text = try String(contentsOf: Driver.root.appendingPathComponent("Resources/examples/redis-proxy.yaml"), encoding: .utf8)
        _ = model.update(.effect(.opened(path: "x.yaml", data: Data(text.utf8))))
        #expect(model.screen == .companions(selected: 0))
        #expect(model.evaluation.decision?.companions.first?.placement.role == .ambassador)
        #expect(!model.dirty)
    }

    @Test func previewScrollsWhenItHasTheKeys() {
        var model = Driver.logShipperSession()
        Driver.press(&model, [.character("p"), .tab, .down, .down])
        #expect(model.focus == .preview && model.previewScroll == 2)
        #expect(!model.evaluation.manifest.isEmpty)
    }

    @Test func resizeChangesTheSize() {
        var model = AdvisorModel()
        _ = model.update(.event(.resize(width: 100, height: 30)))
        #expect(model.width == 100 && model.height == 30)
    }

    @Test func helpIsMadeFromTheKeyTable() {
        for context in KeyContext.allCases {
            let bindings = KeyMap.bindings(in: context, typing: false, footerOnly: false)
            #expect(bindings.contains { $0.action == .help })
            // q quits everywhere but in the pattern guide, where it (and Esc) closes the guide.
            #expect(bindings.contains { $0.action == .quit } == (context != .guide), "\(context)")
            #expect(bindings.contains { $0.action == .close } == (context == .guide), "\(context)")
            for binding in bindings { #expect(!Catalog(.en)[binding.label].isEmpty && !Catalog(.ko)[binding.label].isEmpty, "\(binding.label)") }
        }
    }
}

/// Finishing on a terminal, and files that cannot be read.
@Suite struct FinishTests {
    @Test func finishingOnATerminalWithUnsavedWorkAsksFirst() {
        var model = Driver.logShipperSession()
        model.manifestToStdout = false
        Driver.press(&model, [.character("r")])
        #expect(Driver.press(&model, [.character("f")]).isEmpty)
        #expect(model.overlay == .confirmFinish)
        Driver.press(&model, [.character("n")])
        #expect(model.overlay == nil)
        Driver.press(&model, [.character("f")])
        #expect(Driver.press(&model, [.character("y")]) == [.removeAutosave, .exit(status: 0, stdout: nil)])
    }

    @Test func aFileThatCannotBeOpenedIsSaidSo() {
        var model = AdvisorModel()
        _ = model.update(.effect(.unreadable(path: "nope.yaml", reason: "No such file or directory")))
        #expect(model.status == Status(.uiStatusUnreadable, ["path": "nope.yaml", "reason": "No such file or directory"], isError: true))
    }

    @Test func longFieldsShowTheirEnd() {
        var model = AdvisorModel(screen: .mainForm(field: .mainImage))
        Driver.type(&model, "registry.example.com/team/payments-api:2.14.3")
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("…") && screen.contains("-api:2.14.3▏"))
    }
}
