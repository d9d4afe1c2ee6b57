import Foundation
import Testing
@testable import AdvisorApp
import PodDesign
import PodModel
import TerminalUI

/// `podwright edit FILE` then save keeps the fields the advisor does not ask: command, args, env, secretEnv,
/// dataPath and security, on the main container, on every companion and at the top.
@Suite struct CarriedFieldsTests {
    static let file = """
        podwright: 1
        name: shop
        kubernetes: "1.33"
        security: baseline
        main:
          name: web
          image: nginx:1.27
          workload: stateful
          replicas: 2
          ports:
            - 80
          command:
            - gunicorn
          args:
            - shop.wsgi
            - "--bind"
            - "0.0.0.0:8080"
          env:
            Z_FIRST: "1"
            A_SECOND: "true"
          secretEnv:
            - DATABASE_PASSWORD
          dataPath: /var/lib/shop
          security: restricted
        companions:
          - name: migrate
            image: nginx:1.27
            lifecycle: same
            coupling: tight
            scaling: together
            mainCodeChangeable: "yes"
            state: stateless
            timing: before-main
            command:
              - python
              - manage.py
              - migrate
            env:
              MODE: migrate
            secretEnv:
              - TOKEN
            dataPath: /srv/x
            security: baseline

        """

    @Test func aDraftWritesBackWhatItDoesNotAsk() throws {
        let design = try DesignParser.parse(Self.file, file: "shop.yaml")
        let draft = Draft(design)
        #expect(draft.designFile() == Self.file)
        let again = try JSONDecoder().decode(Draft.self, from: JSONEncoder().encode(draft))
        #expect(again.designFile() == Self.file)
    }

    @Test func editingThenSavingKeepsThem() throws {
        let design = try DesignParser.parse(Self.file, file: "shop.yaml")
        var model = AdvisorModel(draft: Draft(design), screen: .mainForm(field: .replicas), designPath: "shop.yaml")
        Driver.clear(&model)
        Driver.type(&model, "3")
        Driver.press(&model, [.enter, .control("s")])
        let effects = Driver.press(&model, [.enter])
        guard case let .write(_, text, kind, _) = effects.first(where: { if case .write = $0 { true } else { false } }) else {
            Issue.record("no write: \(effects)"); return
        }
        #expect(kind == .design)
        #expect(text == Self.file.replacingOccurrences(of: "replicas: 2", with: "replicas: 3"))
    }

    @Test func anAutosaveFromBeforeTheFieldsStillDecodes() throws {
        let draft = try JSONDecoder().decode(Draft.self, from: JSONEncoder().encode(Draft()))
        #expect(draft.carriedMain == nil)
        let json = #"{"name":"my-app","kubernetes":"1.33","sidecarStyle":"auto","mainName":"app","mainImage":"","workload":"service","replicas":"1","mainPorts":"","companions":[]}"#
        #expect(try JSONDecoder().decode(Draft.self, from: Data(json.utf8)).carriedTop == nil)
    }
}
