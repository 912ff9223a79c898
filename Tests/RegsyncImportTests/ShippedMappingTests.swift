import Foundation
import Testing

@testable import RegsyncImport

@Suite("The mapping files shipped in mappings/")
struct ShippedMappingTests {
    static let files: [String] = {
        let folder = packageRoot + "/mappings"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // Linkage configurations (`linkage:` at the top) live beside the mappings; RegsyncLinkTests reads them.
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder + "/" + $0 }
            .filter { path in
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                return !text.split(separator: "\n").contains { $0.hasPrefix("linkage:") }
            }
    }()

    @Test("the folder holds the mappings the documentation lists")
    func folderIsFound() {
        #expect(Self.files.count >= 11, "found \(Self.files)")
    }

    @Test("every shipped mapping loads without a single problem", arguments: files)
    func loads(path: String) throws {
        let mapping: MappingFile
        do {
            mapping = try MappingFile.load(path: path)
        } catch {
            Issue.record("\(error)")
            return
        }
        let fileName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        #expect(mapping.name == fileName, "the mapping's name matches its file name")
        #expect(!mapping.key.isEmpty)
        #expect(mapping.sha256.count == 64)
        for name in mapping.key {
            #expect(mapping.field(name) != nil, "key field \(name) is mapped")
        }
        for column in mapping.target.requiredColumns {
            #expect(mapping.field(column.name) != nil, "required field \(column.name) is mapped")
        }
    }
}
