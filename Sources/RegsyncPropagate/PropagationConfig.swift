import Foundation
import RegsyncCore
import RegsyncYAML
import Yams

/// How address changes reach a registry (DESIGN §5).
public enum Policy: String, Sendable, CaseIterable, Codable {
    /// Write at once.
    case apply
    /// Write where a consent flag is on file (real-estate owners who consented to ex-officio
    /// changes, from 2026-04-01); propose otherwise.
    case applyWithConsent = "apply-with-consent"
    /// Create a pending change for registry staff (`regsync propagate --approve/--refuse`).
    case propose
    /// Report only.
    case report
}

/// One registry's propagation settings.
public struct RegistryPolicy: Sendable, Hashable {
    public var policy: Policy
    /// Days after a move within which the holder must register it.
    public var deadlineDays: Int
    /// Or whole years (the same day, that many years on), when set.
    public var deadlineYears: Int?
    /// Moves before this day (packed `yyyymmdd`) fall under a transitional deadline instead.
    public var deadlineFrom: Int32
    /// The transitional deadline (packed `yyyymmdd`) for moves before `deadlineFrom`.
    public var transitionalDeadline: Int32
    /// A substitute address (代替住所) written instead of a DV-protected resident's new address.
    public var substituteAddress: String?

    public init(
        policy: Policy = .propose, deadlineDays: Int, deadlineYears: Int? = nil, deadlineFrom: Int32 = 0,
        transitionalDeadline: Int32 = 0, substituteAddress: String? = nil
    ) {
        self.policy = policy
        self.deadlineDays = deadlineDays
        self.deadlineYears = deadlineYears
        self.deadlineFrom = deadlineFrom
        self.transitionalDeadline = transitionalDeadline
        self.substituteAddress = substituteAddress
    }

    /// The default for `registry`, policy `propose` (nothing is written until someone approves
    /// or configures otherwise): real estate 2 years from the move for moves from 2026-04-01
    /// (不動産登記法 76条の5; earlier moves by 2028-03-31), vehicles 15 days (道路運送車両法 12条),
    /// commercial 2 weeks (会社法 915条).
    public static func defaults(for registry: String) -> RegistryPolicy {
        switch registry {
        case "realestate":
            RegistryPolicy(deadlineDays: 730, deadlineYears: 2, deadlineFrom: 20260401, transitionalDeadline: 20280331)
        case "vehicle": RegistryPolicy(deadlineDays: 15)
        default: RegistryPolicy(deadlineDays: 14)
        }
    }
}

extension RegistryPolicy {
    /// The day by which a move on `movedOn` must be registered; nil for an administrative
    /// change (never a late filing) or an unknown day. Moves before `deadlineFrom` fall under
    /// the transitional deadline.
    public func deadline(movedOn: Int32, kind: PlannedChange.Kind) -> Int32? {
        guard kind == .move, movedOn > 0 else { return nil }
        if deadlineFrom > 0 && movedOn < deadlineFrom { return transitionalDeadline > 0 ? transitionalDeadline : nil }
        if let years = deadlineYears {
            let year = movedOn / 10_000 + Int32(years)
            var monthDay = movedOn % 10_000
            if monthDay == 229 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { monthDay = 301 }
            return year * 10_000 + monthDay
        }
        return PropagationDate.packed(dayNumber: PropagationDate.dayNumber(movedOn) + deadlineDays)
    }
}

/// A propagation configuration that cannot be used, with every problem found in it.
public struct PropagationConfigError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let file: String
    public let problems: [ConfigProblem]
    public var outcome: Outcome { .configuration }
    public var description: String {
        "\(file): \(problems.count) problem(s): " + problems.map(\.description).joined(separator: "; ")
    }
}

/// The propagation settings of every registry, from a YAML file:
///
/// ```yaml
/// registries:
///   realestate: {policy: apply-with-consent, deadline_days: 730, deadline_from: 2026-04-01,
///                transitional_deadline: 2028-03-31}
///   vehicle: {policy: propose, deadline_days: 15, substitute_address: 東京都千代田区霞が関一丁目1番1号 〇〇支局気付}
///   commercial: {policy: report}
/// ```
/// Registries the file leaves out keep their defaults (policy `propose`).
public struct PropagationConfig: Sendable {
    public var registries: [String: RegistryPolicy]

    public static let registryNames = ["vehicle", "realestate", "commercial"]

    /// Every registry at its default.
    public init() {
        registries = Dictionary(uniqueKeysWithValues: Self.registryNames.map { ($0, RegistryPolicy.defaults(for: $0)) })
    }

    public func policy(for registry: String) -> RegistryPolicy {
        registries[registry] ?? RegistryPolicy.defaults(for: registry)
    }

    /// Reads and validates a configuration file.
    public static func load(path: String) throws(PropagationConfigError) -> PropagationConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw PropagationConfigError(
                file: path, problems: [ConfigProblem(keyPath: "", line: nil, message: "cannot read the file as UTF-8")])
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(PropagationConfigError) -> PropagationConfig {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw PropagationConfigError(
                file: file, problems: [ConfigProblem(keyPath: "", line: nil, message: "not valid YAML: \(error)")])
        }
        let problems = YAMLProblems()
        let root = YAMLCursor(node: node, problems: problems)
        var config = PropagationConfig()
        if !root.isMapping {
            root.fail("must be a mapping with the key 'registries'")
        } else {
            root.rejectUnknownKeys(["propagation", "description", "registries"])
            let registries = root.child("registries")
            if !registries.isMapping { registries.fail("must map registry names to their settings") }
            for (name, entry) in registries.entries {
                guard registryNames.contains(name) else {
                    entry.fail("unknown registry '\(name)'; use \(registryNames.joined(separator: ", "))")
                    continue
                }
                config.registries[name] = parseRegistry(entry, defaults: RegistryPolicy.defaults(for: name))
            }
        }
        if !problems.list.isEmpty { throw PropagationConfigError(file: file, problems: problems.list) }
        return config
    }

    /// The keys of one registry's settings.
    public static let registryKeys: Set<String> = [
        "policy", "deadline_days", "deadline_years", "deadline_from", "transitional_deadline", "substitute_address",
    ]

    /// One registry's settings; `otherKeys` are allowed beside them (a file that embeds them,
    /// such as the nightly job's configuration, reads those itself).
    public static func parseRegistry(
        _ cursor: YAMLCursor, defaults: RegistryPolicy, otherKeys: Set<String> = []
    ) -> RegistryPolicy {
        var policy = defaults
        guard cursor.isMapping else {
            cursor.fail("must be a mapping with policy, deadline_days, ...")
            return policy
        }
        cursor.rejectUnknownKeys(registryKeys.union(otherKeys))
        if let text = cursor.child("policy").string() {
            if let parsed = Policy(rawValue: text) {
                policy.policy = parsed
            } else {
                cursor.child("policy").fail("use \(Policy.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if let days = cursor.child("deadline_days").int() {
            if days < 1 {
                cursor.child("deadline_days").fail("must be at least 1")
            } else {
                policy.deadlineDays = days
                policy.deadlineYears = nil
            }
        }
        if let years = cursor.child("deadline_years").int() {
            if years < 1 {
                cursor.child("deadline_years").fail("must be at least 1")
            } else {
                policy.deadlineYears = years
            }
        }
        for (key, path) in [
            ("deadline_from", \RegistryPolicy.deadlineFrom), ("transitional_deadline", \.transitionalDeadline),
        ] {
            guard let text = cursor.child(key).string() else { continue }
            let parsed = PropagationDate.parse(text)
            if parsed == 0 {
                cursor.child(key).fail("must be a date (2026-04-01)")
            } else {
                policy[keyPath: path] = parsed
            }
        }
        if let text = cursor.child("substitute_address").string() {
            policy.substituteAddress = text.isEmpty ? nil : text
        }
        return policy
    }
}
