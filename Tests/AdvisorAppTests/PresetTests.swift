@testable import AdvisorApp
import PodDesign
import PodModel
import TerminalUI
import Testing

/// The image catalogue's presets on a companion's name and image steps: typed part of a name, ↓/↑ pick, Enter takes.
@Suite struct PresetTests {
    /// A design with its main container, on its companion list.
    static func model() -> AdvisorModel {
        var model = AdvisorModel(screen: .companions(selected: 0))
        model.draft.mainImage = "nginx:1.27"
        return model
    }

    @Test func everyPresetIsReadBackAsItsOwnEntry() {
        let names = ImagePreset.all.map(\.entry.name)
        for name in ["postgres", "cloud-sql-proxy", "fluent-bit", "mssql", "istio-proxy", "vault-agent"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(!names.contains("exporter"), "an entry matched only by suffix has no image to fill in")
        for preset in ImagePreset.all {
            #expect(ImageCatalogue.entry(for: preset.image)?.name == preset.entry.name, "\(preset.image)")
        }
    }

    @Test func typedTextFiltersNamesThatStartWithItFirst() {
        #expect(ImagePreset.matching("").count == ImagePreset.all.count)
        #expect(ImagePreset.matching("cloud-sql").map(\.entry.name) == ["cloud-sql-proxy"])
        #expect(ImagePreset.matching("fluent").map(\.entry.name) == ["fluent-bit", "fluentd"])
        #expect(ImagePreset.matching("gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14").first?.entry.name == "cloud-sql-proxy")
        let proxies = ImagePreset.matching("proxy").map(\.entry.name)
        #expect(proxies.first == "proxyv2" || proxies.first == "istio-proxy")
        #expect(proxies.contains("cloud-sql-proxy") && proxies.contains("oauth2-proxy"))
        #expect(ImagePreset.matching("no-such-image-here").isEmpty)
    }

    @Test func pickingOnTheImageStepFillsTheImageAndTheDefaultNameAndPreselects() {
        var model = Self.model()
        Driver.press(&model, [.character("a"), .enter])
        #expect(model.screen == .question(companion: 0, step: .image))
        #expect(model.keyContext == .pick)
        Driver.type(&model, "cloud-sql")
        Driver.press(&model, [.down])
        #expect(model.presetPick == 0 && model.pickedPreset?.entry.name == "cloud-sql-proxy")
        #expect(model.draft.companions[0].image == "cloud-sql", "↓ only picks")
        Driver.press(&model, [.enter])
        let companion = model.draft.companions[0]
        #expect(companion.image == "cloud-sql-proxy" && companion.name == "cloud-sql-proxy")
        #expect(model.screen == .question(companion: 0, step: .image), "the image step stays, for a tag")
        #expect(model.status?.key == .uiStatusPresetTaken && model.presetPick == nil)
        #expect(companion.answer(.function) == .function(.proxyOutbound))
        #expect(companion.assumption(.function) == .image("cloud-sql-proxy"))
        #expect(model.preselected(by: ImagePreset.matching("cloud-sql-proxy")[0], for: 0) == [.function(.proxyOutbound)])
        Driver.type(&model, ":2.14")
        Driver.press(&model, [.enter])
        #expect(model.screen != .question(companion: 0, step: .image), "Enter with nothing picked goes on")
        #expect(model.draft.companions[0].image == "cloud-sql-proxy:2.14")
        // One undo step each: the tag, then the preset (name and image together), then the typed text.
        Driver.press(&model, [.escape, .escape])
        while model.draft.companions[0].image != "cloud-sql-proxy" { Driver.press(&model, [.control("z")]) }
        Driver.press(&model, [.control("z")])
        #expect(model.draft.companions[0].image == "cloud-sql" && model.draft.companions[0].name == "helper-1")
    }

    @Test func upOffTheFirstPresetLeavesTheTypedTextToEnter() {
        var model = Self.model()
        Driver.press(&model, [.character("a"), .enter])
        Driver.type(&model, "postg")
        Driver.press(&model, [.down, .down, .up])
        #expect(model.pickedPreset?.entry.name == "postgres")
        Driver.press(&model, [.up, .up])
        #expect(model.presetPick == nil)
        Driver.press(&model, [.down])
        Driver.type(&model, "r")
        #expect(model.presetPick == nil, "typing drops the pick: the list is another one now")
        Driver.press(&model, [.enter])
        #expect(model.draft.companions[0].image == "postgr" && model.draft.companions[0].name == "helper-1")
    }

    @Test func aNameGivenIsKeptAndASecondPresetGetsAFreeName() {
        var model = Self.model()
        Driver.press(&model, [.character("a")])
        Driver.clear(&model); Driver.type(&model, "db"); Driver.press(&model, [.enter])
        Driver.type(&model, "postgres"); Driver.press(&model, [.down, .enter])
        #expect(model.draft.companions[0].name == "db" && model.draft.companions[0].image == "postgres")
        model.screen = .companions(selected: 0)
        model.draft.companions[0].name = "postgres"
        Driver.press(&model, [.character("a"), .enter])
        Driver.type(&model, "postgres"); Driver.press(&model, [.down, .enter])
        #expect(model.draft.companions[1].name == "postgres-2")
    }

    @Test func theNameStepOfANewCompanionOffersEveryPresetAndPickingGoesToTheImage() {
        var model = Self.model()
        Driver.press(&model, [.character("a")])
        #expect(model.offeredPresets.count == ImagePreset.all.count, "the name it was added with filters nothing")
        Driver.clear(&model); Driver.type(&model, "fluent")
        #expect(model.offeredPresets.map(\.entry.name) == ["fluent-bit", "fluentd"])
        Driver.press(&model, [.down, .enter])
        #expect(model.screen == .question(companion: 0, step: .image))
        #expect(model.draft.companions[0].name == "fluent-bit" && model.draft.companions[0].image == "fluent-bit")
        Driver.press(&model, [.backTab])
        #expect(model.keyContext == .question, "a companion with an image is not offered presets on its name step")
    }

    @Test func choiceStepsOfferNoPresetsAndArrowsStillChoose() {
        var model = Self.model()
        Driver.press(&model, [.character("a"), .enter])
        Driver.type(&model, "busybox:1.36")
        Driver.press(&model, [.enter])
        #expect(model.keyContext == .question && model.offeredPresets.isEmpty)
        #expect(model.screen == .question(companion: 0, step: .question(.state)), "the first question asked")
        let before = model.draft.companions[0].answer(.state)
        Driver.press(&model, [.down])
        #expect(model.draft.companions[0].answer(.state) != before)
    }

    @Test func theFooterAndTheHelpShowThePick() {
        var model = Self.model()
        Driver.press(&model, [.character("a"), .enter])
        let footer = AdvisorView(model).render().lines.last ?? ""
        #expect(footer.contains("↑↓ preset"))
        Driver.press(&model, [.function(1)])
        let help = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(help.contains("preset"))
    }
}
