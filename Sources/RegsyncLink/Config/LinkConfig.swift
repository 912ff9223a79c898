/// What a linkage compares and how it decides, as declared in a configuration file
/// (docs/linkage.md): the features each side provides, the comparisons with their levels,
/// the blocking rules, how the model is trained and the decision rules.
///
/// The same configuration drives `regsync match` (registry persons against the resident
/// register, from the database) and `regsync link` (two files, through mappings).
public struct LinkConfig: Sendable {
    /// A name for reports.
    public var name: String
    public var features: [FeatureSpec]
    public var comparisons: [ComparisonSpec]
    public var blocking: [BlockingRule]
    public var training: TrainingSpec
    public var decision: DecisionSpec
    /// Model parameters fixed by the configuration instead of estimated.
    public var overrides: ModelOverrides

    public init(
        name: String, features: [FeatureSpec], comparisons: [ComparisonSpec], blocking: [BlockingRule],
        training: TrainingSpec = TrainingSpec(), decision: DecisionSpec = DecisionSpec(),
        overrides: ModelOverrides = ModelOverrides()
    ) {
        self.name = name
        self.features = features
        self.comparisons = comparisons
        self.blocking = blocking
        self.training = training
        self.decision = decision
        self.overrides = overrides
    }

    /// The feature named `name`.
    public func feature(_ name: String) -> FeatureSpec? { features.first { $0.name == name } }

    /// The index of comparison `name`.
    public func comparisonIndex(_ name: String) -> Int? { comparisons.firstIndex { $0.name == name } }
}

/// What a side of the linkage provides under one name, and how it is read.
public struct FeatureSpec: Sendable, Hashable {
    /// The kinds of feature.
    public enum Kind: String, Sendable, CaseIterable {
        /// A Japanese (or any) person's name: keys of the whole name and its parts, readings,
        /// former surnames.
        case personName = "person_name"
        /// A text value compared exactly or by string similarity.
        case text
        /// A date.
        case date
        /// An address, or a history of dated addresses (normalised by the address normaliser).
        case address
        /// A group such as a household: its members look alike by design.
        case group
    }

    public var name: String
    public var kind: Kind
    /// The fields (of each side's mapping) the feature is read from; ignored by `regsync match`,
    /// whose store provides the features by name.
    public var fields: FeatureFields

    public init(name: String, kind: Kind, fields: FeatureFields = FeatureFields()) {
        self.name = name
        self.kind = kind
        self.fields = fields
    }
}

/// A field of one side or the other (`a` is the left side, `b` the right); nil where that
/// side has no such field.
public struct SideField: Sendable, Hashable {
    public var a: String?
    public var b: String?

    public init(a: String?, b: String?) {
        self.a = a
        self.b = b
    }

    /// The same field name on both sides.
    public init(_ both: String) {
        a = both
        b = both
    }

    /// The field of side `right`.
    public func name(right: Bool) -> String? { right ? b : a }
}

/// The fields a feature is read from.
public struct FeatureFields: Sendable, Hashable {
    /// The value (name, text, date, group) — or, for an address, one field per address.
    public var values: [SideField] = []
    /// A person name's reading.
    public var reading: SideField?
    /// A person name's former surnames.
    public var former: [SideField] = []
    /// An address's reference date (the day a ledger recorded it).
    public var referenceDate: SideField?

    public init(
        values: [SideField] = [], reading: SideField? = nil, former: [SideField] = [], referenceDate: SideField? = nil
    ) {
        self.values = values
        self.reading = reading
        self.former = former
        self.referenceDate = referenceDate
    }
}

/// One comparison of the model: a feature, a kind that defines its levels, and whether
/// agreement is weighted by how common the value is.
public struct ComparisonSpec: Sendable, Hashable {
    /// The kinds of comparison; each has fixed levels except `text`, whose levels are declared.
    public enum Kind: String, Sendable, CaseIterable {
        case surname
        case givenName = "given_name"
        case date
        case addressHistory = "address_history"
        case text
        case exact
    }

    public var name: String
    public var kind: Kind
    public var feature: String
    /// Term-frequency adjustment of the exact levels (agreeing on 佐藤 counts less than on 勅使河原).
    public var termFrequency: Bool
    /// The similarity levels of a `text` comparison, strongest first (after `exact`).
    public var textLevels: [TextLevel]

    public init(name: String, kind: Kind, feature: String, termFrequency: Bool = false, textLevels: [TextLevel] = []) {
        self.name = name
        self.kind = kind
        self.feature = feature
        self.termFrequency = termFrequency
        self.textLevels = textLevels
    }

    /// The labels of the levels, in order: `null` (missing on either side) first, the
    /// agreement levels from strongest to weakest, `else` last.
    public var levelLabels: [String] {
        switch kind {
        case .surname: ["null", "exact", "variant", "former", "reading", "typo", "else"]
        case .givenName: ["null", "exact", "variant", "reading", "typo", "else"]
        case .date: ["null", "exact", "partial", "else"]
        case .addressHistory:
            ["null", "exact_valid", "exact_other", "town", "municipality", "predates_history", "else"]
        case .exact: ["null", "exact", "else"]
        case .text: ["null", "exact"] + textLevels.map(\.label) + ["else"]
        }
    }

    /// The levels whose weight is term-frequency adjusted when `termFrequency` is on.
    public var termFrequencyLevels: Set<String> {
        switch kind {
        case .addressHistory: ["exact_valid", "exact_other"]
        default: ["exact"]
        }
    }

    /// The feature kind this comparison reads.
    public var featureKind: FeatureSpec.Kind {
        switch kind {
        case .surname, .givenName: .personName
        case .date: .date
        case .addressHistory: .address
        case .text, .exact: .text
        }
    }
}

/// A similarity level of a `text` comparison.
public enum TextLevel: Sendable, Hashable {
    /// Jaro–Winkler similarity at least this.
    case jaroWinkler(Double)
    /// Levenshtein distance at most this.
    case levenshtein(Int)

    public var label: String {
        switch self {
        case .jaroWinkler(let threshold): "jaro_winkler_\(threshold)"
        case .levenshtein(let distance): "levenshtein_\(distance)"
        }
    }
}

/// A blocking rule: pairs whose keys agree on every part are compared.
public struct BlockingRule: Sendable, Hashable {
    public var name: String
    public var parts: [KeyPart]
    /// Blocks with more records on the right side than this are skipped (and counted).
    public var maxBlock: Int

    public init(name: String, parts: [KeyPart], maxBlock: Int = 2_000) {
        self.name = name
        self.parts = parts
        self.maxBlock = maxBlock
    }
}

/// One part of a blocking key: a feature and which of its keys.
public struct KeyPart: Sendable, Hashable {
    /// The keys a feature offers.
    public enum Key: String, Sendable, CaseIterable {
        /// Person name: the whole name's strict key, including the other names a person is known by.
        case full
        /// Person name: the loose key (soft variants, kana), including other names.
        case loose
        /// Person name: the reading of the whole name.
        case reading
        /// Person name: the surname's strict key (and former surnames).
        case surname
        /// Person name: the given name's strict key.
        case given
        /// Text or group: the value; date: the whole date.
        case value
        /// Date: the year.
        case year
        /// Text: the first three characters.
        case prefix3
        /// Address: the place (down to the 号) of any address of the record.
        case place
        /// Address: the town and 丁目 of any address.
        case town
        /// Address: the municipality of any address.
        case municipality
    }

    public var feature: String
    public var key: Key

    public init(feature: String, key: Key) {
        self.feature = feature
        self.key = key
    }

    public var description: String { "\(feature).\(key.rawValue)" }

    /// The keys a feature kind offers.
    public static func keys(for kind: FeatureSpec.Kind) -> [Key] {
        switch kind {
        case .personName: [.full, .loose, .reading, .surname, .given]
        case .text: [.value, .prefix3]
        case .date: [.value, .year]
        case .address: [.place, .town, .municipality]
        case .group: [.value]
        }
    }
}

/// How the model is trained.
public struct TrainingSpec: Sendable, Hashable {
    /// Seed of the random sampling (the same seed and input give the same model).
    public var seed: UInt64 = 1
    /// Random pairs sampled to estimate u.
    public var uSamplePairs: Int = 1_000_000
    /// EM iterations at most, and the change in m below which it stops.
    public var emIterations: Int = 100
    public var emTolerance: Double = 1e-6
    /// EM sessions, each a list of blocking rule names; the comparisons that a session's rules
    /// block on are not estimated in it. Empty: one session per set of features the rules use.
    public var sessions: [[String]] = []
    /// The share of left records expected to have a match, when fixed instead of estimated.
    public var matchShare: Double?
    /// How EM treats the pairs of a session.
    public enum Method: String, Sendable, CaseIterable {
        /// Each left record matches at most one of its candidates (the default): household
        /// members that agree on surname and address do not pass for matches.
        case assignment
        /// Pairs are independent (Fellegi–Sunter's classic EM over pattern counts).
        case pairs
    }

    public var method: Method = .assignment
    /// For `pairs`: whether EM also estimates u within each session (kept for EM only;
    /// scoring uses the sampled u).
    public var sessionU: Bool = false

    public init() {}
}

/// The decision rules.
public struct DecisionSpec: Sendable, Hashable {
    /// A pair at or above this match weight links (subject to the rules below).
    public var linkWeight: Double = 10
    /// Below this, no link; between the two, review.
    public var reviewWeight: Double = -6
    /// The best candidate must beat the runner-up by this many bits to link.
    public var margin: Double = 6
    /// A link needs at least one of these (e.g. an address match or an equal birth date); empty: none needed.
    public var anchors: [LevelCondition] = []
    /// Levels that are weak evidence (a typo-level name): a link at one of them also needs one of `fuzzyAnchors`.
    public var fuzzy: [LevelCondition] = []
    public var fuzzyAnchors: [LevelCondition] = []
    /// The group feature (household) whose members are look-alikes: when another candidate of the
    /// best one's group is plausible, the best must be at one of `strong` levels, or it goes to review.
    public var groupFeature: String?
    public var strong: [LevelCondition] = []
    /// Candidates kept per record for explanations and review.
    public var keepCandidates: Int = 3

    public init() {}
}

/// "Comparison `comparison` at one of `levels`".
public struct LevelCondition: Sendable, Hashable {
    public var comparison: String
    public var levels: Set<String>

    public init(comparison: String, levels: Set<String>) {
        self.comparison = comparison
        self.levels = levels
    }
}

/// m and u probabilities fixed by the configuration, per comparison and level label.
public struct ModelOverrides: Sendable, Hashable {
    public var m: [String: [String: Double]] = [:]
    public var u: [String: [String: Double]] = [:]

    public init() {}
}
