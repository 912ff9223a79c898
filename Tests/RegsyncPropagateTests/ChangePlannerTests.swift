import RegsyncText
import Testing

@testable import RegsyncPropagate

/// What the planner decides for one linked holder, case by case.
@Suite("change planning: moves, renamings, protected residents, holders who are not there")
struct ChangePlannerTests {
    static let keys = AddressNormalizer()
    static let osaka = "大阪府大阪市北区中之島一丁目3番20号"
    static let shinjuku = "東京都新宿区西新宿二丁目8番1号　ハイツ１０１"
    static let yokohama = "神奈川県横浜市中区日本大通1番地"

    static func entry(_ text: String, _ from: Int32, _ to: Int32 = 0, administrative: Bool = false)
        -> PersonState.HistoryEntry
    {
        .init(
            text: text, key: keys.normalize(text).key, from: from, to: to, administrative: administrative,
            source: "history")
    }

    static func state(
        registry: String?, recorded: Int32 = 20100101, protected: Bool = false, status: PersonState.Status = .active,
        history: [PersonState.HistoryEntry]
    ) -> PersonState {
        PersonState(
            registryAddress: registry, registryKey: registry.map { keys.normalize($0).key }, recordedOn: recorded,
            consent: false, status: status, statusOn: 0, protected: protected, history: history)
    }

    let planner = ChangePlanner()

    @Test("the registry holds the current address (another notation, no building): no change")
    func current() {
        let state = Self.state(
            registry: "東京都新宿区西新宿2-8-1",
            history: [Self.entry(Self.osaka, 20050101, 20150601), Self.entry(Self.shinjuku, 20150601)])
        #expect(planner.plan(state, substituteAddress: nil) == .noChange)
    }

    @Test("a move after the registry's address: the current address in standard notation, dated from the move")
    func move() throws {
        let state = Self.state(
            registry: "大阪市北区中之島1-3-20", recorded: 20100303,
            history: [Self.entry(Self.osaka, 20050101, 20150601), Self.entry(Self.shinjuku, 20150601)])
        guard case .change(let change) = planner.plan(state, substituteAddress: nil) else {
            Issue.record("no change planned")
            return
        }
        #expect(change.kind == .move)
        #expect(change.newAddress == "東京都新宿区西新宿二丁目8番1号 ハイツ101")
        #expect(change.movedOn == 20150601)
        #expect(!change.held)
    }

    @Test("only a renaming since (住所一括変更): an administrative change, not a move")
    func administrative() {
        let state = Self.state(
            registry: Self.osaka,
            history: [
                Self.entry(Self.osaka, 20050101, 20200401), Self.entry(Self.shinjuku, 20200401, administrative: true),
            ])
        guard case .change(let change) = planner.plan(state, substituteAddress: nil) else {
            Issue.record("no change planned")
            return
        }
        #expect(change.kind == .administrative)
        #expect(change.movedOn == 20200401)
    }

    @Test("a move and then a renaming: still a move, dated from the move")
    func moveThenRenaming() {
        let state = Self.state(
            registry: Self.yokohama,
            history: [
                Self.entry(Self.yokohama, 20000101, 20050101), Self.entry(Self.osaka, 20050101, 20200401),
                Self.entry(Self.shinjuku, 20200401, administrative: true),
            ])
        guard case .change(let change) = planner.plan(state, substituteAddress: nil) else {
            Issue.record("no change planned")
            return
        }
        #expect(change.kind == .move)
        #expect(change.movedOn == 20050101)
    }

    @Test("a DV-protected resident: held, no address anywhere; a substitute address when configured")
    func protected() {
        let state = Self.state(
            registry: Self.osaka, protected: true,
            history: [Self.entry(Self.osaka, 20050101, 20150601), Self.entry(Self.shinjuku, 20150601)])
        guard case .change(let held) = planner.plan(state, substituteAddress: nil) else {
            Issue.record("no change planned")
            return
        }
        #expect(held.held)
        #expect(held.newAddress == nil)
        #expect(held.newKey == nil)
        guard case .change(let substituted) = planner.plan(state, substituteAddress: "東京都千代田区霞が関一丁目1番1号 気付") else {
            Issue.record("no change planned")
            return
        }
        #expect(substituted.held && substituted.substitute)
        #expect(substituted.newAddress == "東京都千代田区霞が関一丁目1番1号 気付")
        #expect(substituted.newKey == Self.keys.normalize("東京都千代田区霞が関一丁目1番1号 気付").key)
        #expect(substituted.newKey?.hasPrefix(Self.keys.normalize(Self.shinjuku).lgCode ?? "-") == false)

        // Once the registry shows the substitute, there is nothing more to write.
        let written = Self.state(
            registry: "東京都千代田区霞が関1-1-1", protected: true,
            history: [Self.entry(Self.osaka, 20050101, 20150601), Self.entry(Self.shinjuku, 20150601)])
        #expect(planner.plan(written, substituteAddress: "東京都千代田区霞が関一丁目1番1号 気付") == .noChange)
    }

    @Test("the key of a change is the key of the address written, so that a rerun finds the registry current")
    func keyOfWrittenAddress() {
        let state = Self.state(
            registry: Self.osaka,
            history: [Self.entry(Self.osaka, 20050101, 20150601), Self.entry("東京都新宿区西新宿２－８－１", 20150601)])
        guard case .change(let change) = planner.plan(state, substituteAddress: nil), let written = change.newAddress
        else {
            Issue.record("no change planned")
            return
        }
        #expect(change.newKey == Self.keys.normalize(written).key)
        let after = Self.state(registry: written, history: state.history)
        #expect(planner.plan(after, substituteAddress: nil) == .noChange)
    }

    @Test(
        "holders who are not there give discrepancies, never changes",
        arguments: [
            (PersonState.Status.deceased, DiscrepancyKind.holderDeceased),
            (.movedAbroad, .holderAbroad), (.removed, .holderRemoved),
        ])
    func absentHolders(status: PersonState.Status, kind: DiscrepancyKind) {
        let state = Self.state(
            registry: Self.osaka, status: status,
            history: [Self.entry(Self.osaka, 20050101, 20150601), Self.entry(Self.shinjuku, 20150601)])
        guard case .discrepancy(let found, _, _) = planner.plan(state, substituteAddress: nil) else {
            Issue.record("expected a discrepancy")
            return
        }
        #expect(found == kind)
    }

    @Test("a municipality-only address (an officer's) is compared and rewritten at municipality level")
    func municipalityOnly() {
        let same = Self.state(registry: "東京都新宿区", history: [Self.entry(Self.shinjuku, 20150601)])
        #expect(planner.plan(same, substituteAddress: nil) == .noChange)
        let moved = Self.state(
            registry: "大阪府大阪市北区",
            history: [Self.entry(Self.osaka, 20050101, 20150601), Self.entry(Self.shinjuku, 20150601)])
        guard case .change(let change) = planner.plan(moved, substituteAddress: nil) else {
            Issue.record("no change planned")
            return
        }
        #expect(change.newAddress == "東京都新宿区")
    }

    @Test("an address the normaliser cannot place is a discrepancy")
    func unparseable() {
        let state = Self.state(registry: "どこかの町", history: [Self.entry(Self.shinjuku, 20150601)])
        guard case .discrepancy(let kind, _, _) = planner.plan(state, substituteAddress: nil) else {
            Issue.record("expected a discrepancy")
            return
        }
        #expect(kind == .unparseableAddress)
    }

    @Test("deadlines: real estate two years from moves from 2026-04-01, earlier moves by 2028-03-31; vehicles 15 days")
    func deadlines() {
        let realEstate = RegistryPolicy.defaults(for: "realestate")
        #expect(realEstate.deadline(movedOn: 20260501, kind: .move) == 20280501)
        #expect(realEstate.deadline(movedOn: 20250501, kind: .move) == 20280331)
        #expect(realEstate.deadline(movedOn: 20260501, kind: .administrative) == nil)
        #expect(RegistryPolicy.defaults(for: "vehicle").deadline(movedOn: 20261120, kind: .move) == 20261205)
    }

    @Test("a configuration file sets policies; every problem is named")
    func configuration() throws {
        let config = try PropagationConfig.parse(
            """
            registries:
              realestate: {policy: apply-with-consent, deadline_years: 3}
              vehicle: {policy: apply, deadline_days: 30, substitute_address: 東京都千代田区霞が関一丁目1番1号}
            """, file: "p.yaml")
        #expect(config.policy(for: "realestate").policy == .applyWithConsent)
        #expect(config.policy(for: "realestate").deadline(movedOn: 20260501, kind: .move) == 20290501)
        #expect(config.policy(for: "vehicle").deadlineDays == 30)
        #expect(config.policy(for: "commercial").policy == .propose)
        #expect(PropagationConfig().policy(for: "vehicle").policy == .propose)
        do {
            _ = try PropagationConfig.parse(
                "registries:\n  boats: {policy: apply}\n  vehicle: {policy: sometimes, deadline_days: 0}\n",
                file: "bad.yaml")
            Issue.record("a broken configuration parsed")
        } catch {
            #expect(error.problems.count == 3)
        }
    }
}
