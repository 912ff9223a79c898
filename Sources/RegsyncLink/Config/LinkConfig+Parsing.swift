import Foundation
import RegsyncCore
import RegsyncYAML
import Yams

/// A linkage configuration that cannot be used, with every problem found in it.
public struct LinkConfigError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let file: String
    public let problems: [ConfigProblem]

    public init(file: String, problems: [ConfigProblem]) {
        self.file = file
        self.problems = problems
    }

    public var outcome: Outcome { .configuration }

    public var description: String {
        "\(file): \(problems.count) problem(s): " + problems.map(\.description).joined(separator: "; ")
    }
}

extension LinkConfig {
    /// Reads and validates a configuration file.
    /// - Throws: ``LinkConfigError`` naming every problem with its YAML key.
    public static func load(path: String) throws(LinkConfigError) -> LinkConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LinkConfigError(
                file: path, problems: [ConfigProblem(keyPath: "", line: nil, message: "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LinkConfigError(
                file: path, problems: [ConfigProblem(keyPath: "", line: nil, message: "the file is not UTF-8")])
        }
        return try parse(text, file: path)
    }

    /// Parses and validates configuration text (`file` names it in problems).
    public static func parse(_ text: String, file: String) throws(LinkConfigError) -> LinkConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw LinkConfigError(
                file: file, problems: [ConfigProblem(keyPath: "", line: nil, message: "not valid YAML: \(error)")])
        }
        let problems = YAMLProblems()
        let config = LinkConfigParser(root: YAMLCursor(node: root, problems: problems)).parse()
        if let config, problems.list.isEmpty { return config }
        throw LinkConfigError(file: file, problems: problems.list)
    }
}

/// Reads a composed YAML document into a ``LinkConfig``, collecting every problem.
struct LinkConfigParser {
    let root: YAMLCursor

    static let topKeys: Set<String> = [
        "linkage", "description", "features", "comparisons", "blocking", "training", "decision", "model",
    ]

    func parse() -> LinkConfig? {
        guard root.isMapping else {
            root.fail("a linkage configuration must be a YAML mapping with the keys \(Self.topKeys.sorted())")
            return nil
        }
        root.rejectUnknownKeys(Self.topKeys)
        let name = root.child("linkage").string(required: true) ?? ""
        let features = parseFeatures(root.child("features"))
        let comparisons = parseComparisons(root.child("comparisons"), features: features)
        let blocking = parseBlocking(root.child("blocking"), features: features)
        let training = parseTraining(root.child("training"), rules: blocking)
        let decision = parseDecision(root.child("decision"), comparisons: comparisons, features: features)
        let overrides = parseModel(root.child("model"), comparisons: comparisons)
        var config = LinkConfig(
            name: name, features: features, comparisons: comparisons, blocking: blocking, training: training,
            decision: decision, overrides: overrides)
        config.name = name
        return config
    }

    // MARK: features

    private func parseFeatures(_ cursor: YAMLCursor) -> [FeatureSpec] {
        guard cursor.isMapping else {
            cursor.fail(
                cursor.isMissing
                    ? "is required: the features each side provides" : "must map feature names to their kind and fields"
            )
            return []
        }
        var features: [FeatureSpec] = []
        for (name, value) in cursor.entries {
            guard value.isMapping else {
                value.fail("must be a mapping with 'kind' and the fields it is read from")
                continue
            }
            value.rejectUnknownKeys(["kind", "field", "fields", "reading", "former", "reference_date"])
            let kindText = value.child("kind").string(required: true) ?? ""
            guard let kind = FeatureSpec.Kind(rawValue: kindText) else {
                if !kindText.isEmpty {
                    value.child("kind").fail(
                        "unknown kind '\(kindText)'; use \(FeatureSpec.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                continue
            }
            var fields = FeatureFields()
            if !value.child("field").isMissing, let field = sideField(value.child("field")) { fields.values = [field] }
            if !value.child("fields").isMissing {
                if !value.child("field").isMissing { value.child("fields").fail("give 'field' or 'fields', not both") }
                fields.values = value.child("fields").elements.compactMap(sideField)
                if !value.child("fields").isSequence { value.child("fields").fail("must be a list of fields") }
            }
            if fields.values.isEmpty { fields.values = [SideField(name)] }
            if fields.values.count > 1 && kind != .address {
                value.child("fields").fail("only an address feature reads several fields")
            }
            if !value.child("reading").isMissing {
                if kind != .personName { value.child("reading").fail("applies to person_name features only") }
                fields.reading = sideField(value.child("reading"))
            }
            if !value.child("former").isMissing {
                if kind != .personName { value.child("former").fail("applies to person_name features only") }
                let former = value.child("former")
                fields.former =
                    former.isSequence ? former.elements.compactMap(sideField) : [sideField(former)].compactMap { $0 }
            }
            if !value.child("reference_date").isMissing {
                if kind != .address { value.child("reference_date").fail("applies to address features only") }
                fields.referenceDate = sideField(value.child("reference_date"))
            }
            features.append(FeatureSpec(name: name, kind: kind, fields: fields))
        }
        if features.isEmpty && cursor.isMapping { cursor.fail("declares no feature") }
        return features
    }

    /// `name` (both sides) or `{a: left_name, b: right_name}` (either may be omitted).
    private func sideField(_ cursor: YAMLCursor) -> SideField? {
        if cursor.isScalar {
            guard let name = cursor.string(), !name.isEmpty else {
                cursor.fail("must name a field")
                return nil
            }
            return SideField(name)
        }
        guard cursor.isMapping else {
            cursor.fail("must be a field name or {a: field, b: field}")
            return nil
        }
        cursor.rejectUnknownKeys(["a", "b"])
        let a = cursor.child("a").string()
        let b = cursor.child("b").string()
        if a == nil && b == nil { cursor.fail("names no field for either side") }
        return SideField(a: a, b: b)
    }

    // MARK: comparisons

    private func parseComparisons(_ cursor: YAMLCursor, features: [FeatureSpec]) -> [ComparisonSpec] {
        guard cursor.isSequence else {
            cursor.fail(
                cursor.isMissing ? "is required: the comparisons of the model" : "must be a list of comparisons")
            return []
        }
        var comparisons: [ComparisonSpec] = []
        for element in cursor.elements {
            guard element.isMapping else {
                element.fail("must be a mapping with name, kind and feature")
                continue
            }
            element.rejectUnknownKeys(["name", "kind", "feature", "term_frequency", "levels"])
            let name = element.child("name").string(required: true) ?? ""
            if comparisons.contains(where: { $0.name == name }) {
                element.child("name").fail("'\(name)' is declared twice")
            }
            let kindText = element.child("kind").string(required: true) ?? ""
            let kind = ComparisonSpec.Kind(rawValue: kindText)
            if kind == nil && !kindText.isEmpty {
                element.child("kind").fail(
                    "unknown kind '\(kindText)'; use \(ComparisonSpec.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            let featureName = element.child("feature").string(required: true) ?? ""
            let feature = features.first { $0.name == featureName }
            if feature == nil && !featureName.isEmpty {
                element.child("feature").fail("'\(featureName)' is not a declared feature")
            }
            var levels: [TextLevel] = []
            let levelsCursor = element.child("levels")
            if !levelsCursor.isMissing {
                if kind != .text { levelsCursor.fail("only a text comparison declares its levels") }
                for level in levelsCursor.elements {
                    if let parsed = textLevel(level) { levels.append(parsed) }
                }
            }
            guard let kind, let feature else { continue }
            let spec = ComparisonSpec(
                name: name, kind: kind, feature: featureName,
                termFrequency: element.child("term_frequency").bool(default: false),
                textLevels: levels)
            if spec.featureKind != feature.kind {
                element.child("feature").fail(
                    "a \(kind.rawValue) comparison needs a \(spec.featureKind.rawValue) feature; '\(featureName)' is \(feature.kind.rawValue)"
                )
                continue
            }
            comparisons.append(spec)
        }
        if comparisons.isEmpty && cursor.isSequence { cursor.fail("declares no comparison") }
        return comparisons
    }

    private func textLevel(_ cursor: YAMLCursor) -> TextLevel? {
        guard cursor.isMapping, cursor.keys.count == 1, let key = cursor.keys.first else {
            cursor.fail("must be {jaro_winkler: 0.9} or {levenshtein: 1}")
            return nil
        }
        switch key {
        case "jaro_winkler":
            guard let value = cursor.child(key).double(), value > 0, value < 1 else {
                cursor.child(key).fail("must be a similarity between 0 and 1")
                return nil
            }
            return .jaroWinkler(value)
        case "levenshtein":
            guard let value = cursor.child(key).int(), value >= 1, value <= 3 else {
                cursor.child(key).fail("must be a distance of 1, 2 or 3")
                return nil
            }
            return .levenshtein(value)
        default:
            cursor.fail("unknown level '\(key)'; use jaro_winkler or levenshtein")
            return nil
        }
    }

    // MARK: blocking

    private func parseBlocking(_ cursor: YAMLCursor, features: [FeatureSpec]) -> [BlockingRule] {
        guard cursor.isSequence else {
            cursor.fail(cursor.isMissing ? "is required: the blocking rules" : "must be a list of blocking rules")
            return []
        }
        var rules: [BlockingRule] = []
        for element in cursor.elements {
            guard element.isMapping else {
                element.fail("must be a mapping with name and keys")
                continue
            }
            element.rejectUnknownKeys(["name", "keys", "max_block"])
            let name = element.child("name").string(required: true) ?? ""
            if rules.contains(where: { $0.name == name }) { element.child("name").fail("'\(name)' is declared twice") }
            var parts: [KeyPart] = []
            let keys = element.child("keys")
            for (index, text) in (keys.strings() ?? []).enumerated() {
                let place = keys.isSequence ? keys.elements[index] : keys
                let pieces = text.split(separator: ".", maxSplits: 1).map(String.init)
                guard pieces.count == 2, let feature = features.first(where: { $0.name == pieces[0] }) else {
                    place.fail("'\(text)' must be feature.key with a declared feature")
                    continue
                }
                let allowed = KeyPart.keys(for: feature.kind)
                guard let key = KeyPart.Key(rawValue: pieces[1]), allowed.contains(key) else {
                    place.fail(
                        "a \(feature.kind.rawValue) feature offers the keys \(allowed.map(\.rawValue).joined(separator: ", "))"
                    )
                    continue
                }
                parts.append(KeyPart(feature: feature.name, key: key))
            }
            if keys.isMissing { element.child("keys").fail("is required") }
            let maxBlock = element.child("max_block").int() ?? 2_000
            if maxBlock < 1 { element.child("max_block").fail("must be at least 1") }
            if !parts.isEmpty { rules.append(BlockingRule(name: name, parts: parts, maxBlock: maxBlock)) }
        }
        if rules.isEmpty && cursor.isSequence { cursor.fail("declares no blocking rule") }
        return rules
    }

    // MARK: training

    private func parseTraining(_ cursor: YAMLCursor, rules: [BlockingRule]) -> TrainingSpec {
        var training = TrainingSpec()
        if cursor.isMissing { return training }
        guard cursor.isMapping else {
            cursor.fail("must be a mapping")
            return training
        }
        cursor.rejectUnknownKeys([
            "seed", "u_sample_pairs", "em_iterations", "em_tolerance", "sessions", "match_share", "session_u", "method",
        ])
        training.sessionU = cursor.child("session_u").bool(default: false)
        if let text = cursor.child("method").string() {
            if let method = TrainingSpec.Method(rawValue: text) {
                training.method = method
            } else {
                cursor.child("method").fail("use assignment or pairs")
            }
        }
        if let seed = cursor.child("seed").int() { training.seed = UInt64(truncatingIfNeeded: seed) }
        if let pairs = cursor.child("u_sample_pairs").int() {
            if pairs < 1_000 {
                cursor.child("u_sample_pairs").fail("must be at least 1000")
            } else {
                training.uSamplePairs = pairs
            }
        }
        if let iterations = cursor.child("em_iterations").int() {
            if iterations < 1 {
                cursor.child("em_iterations").fail("must be at least 1")
            } else {
                training.emIterations = iterations
            }
        }
        if let tolerance = cursor.child("em_tolerance").double() { training.emTolerance = tolerance }
        if let share = cursor.child("match_share").double() {
            if share <= 0 || share > 1 {
                cursor.child("match_share").fail("must be in (0, 1]")
            } else {
                training.matchShare = share
            }
        }
        let sessions = cursor.child("sessions")
        if !sessions.isMissing {
            for session in sessions.elements {
                let names = session.strings() ?? []
                for name in names where !rules.contains(where: { $0.name == name }) {
                    session.fail("'\(name)' is not a blocking rule")
                }
                if !names.isEmpty { training.sessions.append(names) }
            }
        }
        return training
    }

    // MARK: decision

    private func parseDecision(_ cursor: YAMLCursor, comparisons: [ComparisonSpec], features: [FeatureSpec])
        -> DecisionSpec
    {
        var decision = DecisionSpec()
        if cursor.isMissing { return decision }
        guard cursor.isMapping else {
            cursor.fail("must be a mapping")
            return decision
        }
        cursor.rejectUnknownKeys([
            "link_weight", "review_weight", "margin", "anchors", "fuzzy", "fuzzy_anchors", "group", "strong",
            "keep_candidates",
        ])
        if let value = cursor.child("link_weight").double() { decision.linkWeight = value }
        if let value = cursor.child("review_weight").double() { decision.reviewWeight = value }
        if decision.reviewWeight > decision.linkWeight {
            cursor.child("review_weight").fail("must not exceed link_weight")
        }
        if let value = cursor.child("margin").double() {
            if value < 0 { cursor.child("margin").fail("must not be negative") } else { decision.margin = value }
        }
        decision.anchors = conditions(cursor.child("anchors"), comparisons: comparisons)
        decision.fuzzy = conditions(cursor.child("fuzzy"), comparisons: comparisons)
        decision.fuzzyAnchors = conditions(cursor.child("fuzzy_anchors"), comparisons: comparisons)
        decision.strong = conditions(cursor.child("strong"), comparisons: comparisons)
        if !decision.fuzzy.isEmpty && decision.fuzzyAnchors.isEmpty {
            cursor.child("fuzzy_anchors").fail("is required when 'fuzzy' is given")
        }
        if let group = cursor.child("group").string() {
            if features.first(where: { $0.name == group })?.kind != .group {
                cursor.child("group").fail("'\(group)' is not a declared group feature")
            } else {
                decision.groupFeature = group
            }
            if decision.strong.isEmpty { cursor.child("strong").fail("is required when 'group' is given") }
        }
        if let keep = cursor.child("keep_candidates").int() {
            if keep < 1 || keep > 20 {
                cursor.child("keep_candidates").fail("must be 1 to 20")
            } else {
                decision.keepCandidates = keep
            }
        }
        return decision
    }

    private func conditions(_ cursor: YAMLCursor, comparisons: [ComparisonSpec]) -> [LevelCondition] {
        if cursor.isMissing { return [] }
        guard cursor.isSequence else {
            cursor.fail("must be a list of {comparison: name, levels: [...]}")
            return []
        }
        var result: [LevelCondition] = []
        for element in cursor.elements {
            element.rejectUnknownKeys(["comparison", "levels"])
            let name = element.child("comparison").string(required: true) ?? ""
            guard let comparison = comparisons.first(where: { $0.name == name }) else {
                if !name.isEmpty { element.child("comparison").fail("'\(name)' is not a declared comparison") }
                continue
            }
            let levels = element.child("levels").strings() ?? []
            if levels.isEmpty { element.child("levels").fail("is required") }
            for level in levels where !comparison.levelLabels.contains(level) || level == "null" {
                element.child("levels").fail(
                    "'\(level)' is not a level of \(name): \(comparison.levelLabels.dropFirst().joined(separator: ", "))"
                )
            }
            result.append(LevelCondition(comparison: name, levels: Set(levels)))
        }
        return result
    }

    // MARK: model

    private func parseModel(_ cursor: YAMLCursor, comparisons: [ComparisonSpec]) -> ModelOverrides {
        var overrides = ModelOverrides()
        if cursor.isMissing { return overrides }
        guard cursor.isMapping else {
            cursor.fail("must be a mapping with m and/or u")
            return overrides
        }
        cursor.rejectUnknownKeys(["m", "u"])
        for (key, store) in [("m", \ModelOverrides.m), ("u", \ModelOverrides.u)] {
            for (name, levels) in cursor.child(key).entries {
                guard let comparison = comparisons.first(where: { $0.name == name }) else {
                    levels.fail("'\(name)' is not a declared comparison")
                    continue
                }
                var values: [String: Double] = [:]
                for (level, value) in levels.entries {
                    guard comparison.levelLabels.contains(level), level != "null" else {
                        value.fail("'\(level)' is not a level of \(name)")
                        continue
                    }
                    guard let probability = value.double(), probability > 0, probability <= 1 else {
                        value.fail("must be a probability in (0, 1]")
                        continue
                    }
                    values[level] = probability
                }
                overrides[keyPath: store][name] = values
            }
        }
        return overrides
    }
}
