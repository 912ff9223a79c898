import Foundation
import Testing

@testable import RegsyncLink

@Suite("linkage configuration files")
struct LinkConfigTests {
    @Test("the built-in configuration of every registry parses", arguments: RegistryConfigs.registries)
    func builtIn(registry: String) throws {
        let text = try #require(RegistryConfigs.text(for: registry))
        let config = try LinkConfig.parse(text, file: registry)
        #expect(config.comparisons.map(\.name).contains("address"))
        #expect(config.blocking.count >= 5)
    }

    @Test("every problem is reported at once, each with its key")
    func problems() {
        let text = """
            linkage: broken
            features:
              name: {kind: person_nam}
              when: {kind: date}
            comparisons:
              - {name: surname, kind: surname, feature: nobody}
              - {name: when, kind: text, feature: when}
            blocking:
              - {name: b, keys: [when.place]}
            decision:
              link_weight: 1
              review_weight: 5
              anchors: [{comparison: when, levels: [sometimes]}]
            """
        do {
            _ = try LinkConfig.parse(text, file: "broken.yaml")
            Issue.record("a broken configuration parsed")
        } catch {
            let paths = error.problems.map(\.keyPath)
            #expect(paths.contains("features.name.kind"))
            #expect(paths.contains("comparisons[0].feature"))
            #expect(paths.contains("comparisons[1].feature"))  // a text comparison on a date feature
            #expect(paths.contains("blocking[0].keys[0]"))
            #expect(paths.contains("decision.review_weight"))
            #expect(error.problems.count >= 5)
        }
    }
}

@Suite("the linkage configurations shipped in mappings/")
struct ShippedLinkConfigTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let files: [String] = {
        let folder = packageRoot + "/mappings"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }.filter { path in
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").contains {
                $0.hasPrefix("linkage:")
            }
        }
    }()

    @Test("there is at least one: the FEBRL example")
    func found() {
        #expect(Self.files.contains { $0.hasSuffix("febrl-link.yaml") })
    }

    @Test("each parses without a problem", arguments: files)
    func parses(path: String) throws {
        let config = try LinkConfig.load(path: path)
        #expect(!config.comparisons.isEmpty)
    }
}
