import RegsyncText

/// One side of a linkage in comparison form: the records' identities and one column per
/// declared feature. Built record by record (``append(key:values:)``), then read-only and
/// shared by the engine's workers.
public struct FeatureTable: Sendable {
    /// One feature's values for every record.
    public enum Column: Sendable {
        case name(NameColumn)
        case text(TextColumn)
        case date(DateColumn)
        case address(AddressColumn)
        case group(GroupColumn)
    }

    /// The features, in the order of `columns` and of the values appended.
    public let features: [FeatureSpec]
    /// Each record's identity (a record key, a resident code).
    public private(set) var keys: [String] = []
    public private(set) var columns: [Column]
    private let nameNormalizer = NameNormalizer()
    private let addressNormalizer = AddressNormalizer()

    public init(features: [FeatureSpec]) {
        self.features = features
        columns = features.map { feature in
            switch feature.kind {
            case .personName: .name(NameColumn())
            case .text: .text(TextColumn())
            case .date: .date(DateColumn())
            case .address: .address(AddressColumn())
            case .group: .group(GroupColumn())
            }
        }
    }

    public var count: Int { keys.count }

    /// Appends a record: its identity and one value per feature (in the order of `features`;
    /// a value of the wrong kind counts as missing).
    public mutating func append(key: String, values: [FeatureValue?]) {
        keys.append(key)
        for index in columns.indices {
            let value = index < values.count ? values[index] : nil
            switch columns[index] {
            case .name(var column):
                columns[index] = .text(TextColumn())  // release the enum's reference: append in place
                if case .name(let name)? = value {
                    column.append(name, normalizer: nameNormalizer)
                } else {
                    column.append(nil, normalizer: nameNormalizer)
                }
                columns[index] = .name(column)
            case .text(var column):
                columns[index] = .group(GroupColumn())
                if case .text(let text)? = value { column.append(text) } else { column.append(nil) }
                columns[index] = .text(column)
            case .date(var column):
                columns[index] = .group(GroupColumn())
                if case .date(let date)? = value { column.append(date) } else { column.append(0) }
                columns[index] = .date(column)
            case .address(var column):
                columns[index] = .group(GroupColumn())
                if case .address(let address)? = value {
                    column.append(address, normalizer: addressNormalizer)
                } else {
                    column.append(nil, normalizer: addressNormalizer)
                }
                columns[index] = .address(column)
            case .group(var column):
                columns[index] = .text(TextColumn())
                if case .group(let group)? = value { column.append(group) } else { column.append(nil) }
                columns[index] = .group(column)
            }
        }
    }

    /// The index of feature `name`.
    public func featureIndex(_ name: String) -> Int? { features.firstIndex { $0.name == name } }

    /// The name column of feature `name`.
    public func nameColumn(_ name: String) -> NameColumn? {
        guard let index = featureIndex(name), case .name(let column) = columns[index] else { return nil }
        return column
    }

    public func textColumn(_ name: String) -> TextColumn? {
        guard let index = featureIndex(name), case .text(let column) = columns[index] else { return nil }
        return column
    }

    public func dateColumn(_ name: String) -> DateColumn? {
        guard let index = featureIndex(name), case .date(let column) = columns[index] else { return nil }
        return column
    }

    public func addressColumn(_ name: String) -> AddressColumn? {
        guard let index = featureIndex(name), case .address(let column) = columns[index] else { return nil }
        return column
    }

    public func groupColumn(_ name: String) -> GroupColumn? {
        guard let index = featureIndex(name), case .group(let column) = columns[index] else { return nil }
        return column
    }

    /// Sets the term frequencies that depend on the other side (address places).
    mutating func setPlaceFrequencies(feature name: String, _ log2Share: (UInt64) -> Float) {
        guard let index = featureIndex(name), case .address(var column) = columns[index] else { return }
        columns[index] = .group(GroupColumn())
        column.setPlaceFrequencies(log2Share)
        columns[index] = .address(column)
    }

    /// Frees spare capacity once every record is in.
    public mutating func shrink() {
        for index in columns.indices {
            switch columns[index] {
            case .name(var column):
                columns[index] = .group(GroupColumn())
                column.shrink()
                columns[index] = .name(column)
            case .text(var column):
                columns[index] = .group(GroupColumn())
                column.shrink()
                columns[index] = .text(column)
            default: break
            }
        }
    }
}
