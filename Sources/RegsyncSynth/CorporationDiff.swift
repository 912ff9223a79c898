import RegsyncCore

/// One row of the night's corporate-number diff: the corporation's state after the change.
struct CorporationDiffRow: Sendable {
    var corporation: Corporation
    /// The NTA process code (12 address change, 11 name change, 01 new, 21 closed, 99 deleted).
    var process: String
    /// A correction of an earlier row (correct = 1).
    var correct: Bool
    /// The latest state of the corporation in this diff (latest = 1).
    var latest: Bool
    var update: DayNumber
}

extension CorporationFactory {
    /// The night's diff: address and name changes, closures, deletions, new corporations,
    /// corrections (correct = 1), and corporations that changed twice (an earlier row with
    /// latest = 0). The first seven rows show every kind once, so that small sizes have them all.
    func diff(places: PlaceCatalogue) -> [CorporationDiffRow] {
        var rows: [CorporationDiffRow] = []
        func add(
            _ corporation: Corporation, _ process: String, correct: Bool = false, latest: Bool = true,
            update: DayNumber? = nil
        ) {
            rows.append(
                CorporationDiffRow(
                    corporation: corporation, process: process, correct: correct, latest: latest,
                    update: update ?? config.asOf))
        }
        let count = max(24, config.corporations / 100)
        for k in 0..<count {
            var rng = SplitMix64(seed: config.seed, stream: .diff, index: UInt64(k))
            var corporation = self.corporation(rng.below(config.corporations))
            let changed = config.asOf - DayNumber(rng.below(4))
            let kind = k < 7 ? k : rng.pick(weights: [30, 20, 20, 8, 2, 10, 10])
            switch kind {
            case 0:
                corporation.place = places.drawPlace(
                    in: places.drawMunicipality(inPrefectureOf: Int(corporation.place.municipality), &rng), &rng,
                    buildingRate: 0)
                corporation.changeDate = changed
                add(corporation, "12")
            case 1:
                corporation.baseName = corporation.baseName + "ホールディングス"
                corporation.reading = corporation.reading + "ホールディングス"
                corporation.changeDate = changed
                add(corporation, "11")
            case 2:
                var created = self.corporation(config.corporations + k)
                created.changeDate = changed
                add(created, "01")
            case 3:
                corporation.closeDate = changed - DayNumber(rng.below(10))
                corporation.closeCause = "01"
                corporation.changeDate = changed
                add(corporation, "21")
            case 4:
                add(corporation, "99")
            case 5:
                // A correction: the street number was registered wrongly; the row is the
                // corrected current state with the process of the latest change.
                corporation.place.ban += 1
                add(corporation, corporation.process, correct: true)
            default:
                // Two changes in one day: an address change, then a second one; only the
                // later row is the latest state.
                corporation.place = places.drawPlace(in: Int(corporation.place.municipality), &rng, buildingRate: 0)
                corporation.changeDate = changed
                add(corporation, "12", latest: false, update: config.asOf)
                corporation.place = places.drawPlace(in: Int(corporation.place.municipality), &rng, buildingRate: 0)
                add(corporation, "12")
            }
        }
        return rows
    }

    /// The corporations whose address the diff changes, as a loader applying it sees them
    /// (rows with latest = 1 and correct = 0, the newest by update day then sequence; deleted
    /// and closed corporations left out): index → the address after the night.
    func moves(in diff: [CorporationDiffRow]) -> [Int: Place] {
        var newest: [Int: (update: DayNumber, sequence: Int, row: CorporationDiffRow)] = [:]
        for (sequence, row) in diff.enumerated() where row.latest && !row.correct {
            let index = row.corporation.index
            if let seen = newest[index], (seen.update, seen.sequence) > (row.update, sequence) { continue }
            newest[index] = (row.update, sequence, row)
        }
        var moves: [Int: Place] = [:]
        for (index, entry) in newest where index < config.corporations {
            let row = entry.row
            guard row.process != "99", row.corporation.closeDate == nil,
                row.corporation.place != corporation(index).place
            else { continue }
            moves[index] = row.corporation.place
        }
        return moves
    }
}
