import RegsyncImport
import Testing

@Suite("a DV-protection flag must say what an empty value means")
struct ProtectionFlagMappingTests {
    static func yaml(_ field: String) -> String {
        """
        target: resident.person
        source: {format: csv, header: true}
        key: resident_code
        fields:
          resident_code: {column: 住民票コード, check_digit: resident_code}
          name: 氏名
        \(field)
        """
    }

    @Test(
        "without a default or required, the mapping is refused at the flag's key",
        arguments: ["  dv_protected: 支援措置", "  dv_protected: {column: 支援措置, transforms: [trim]}"])
    func refused(field: String) {
        #expect {
            try MappingFile.parse(yaml: Self.yaml(field), path: "m.yaml")
        } throws: { error in
            (error as? MappingError)?.problems.contains {
                $0.keyPath == "fields.dv_protected" && $0.message.contains("DV-protection flag")
            } == true
        }
    }

    @Test(
        "a default, required: true or a constant is accepted",
        arguments: [
            "  dv_protected: {column: 支援措置, transforms: [trim, {default: \"0\"}]}",
            "  dv_protected: {column: 支援措置, required: true}",
            "  dv_protected: {value: \"0\"}",
        ])
    func accepted(field: String) throws {
        let mapping = try MappingFile.parse(yaml: Self.yaml(field), path: "m.yaml")
        #expect(mapping.field("dv_protected") != nil)
    }
}
