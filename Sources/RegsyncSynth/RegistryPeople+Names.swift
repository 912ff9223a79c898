import RegsyncCore

/// A person's name as one ledger row writes it, and the difficulty classes the writing adds.
struct WrittenName {
    /// The name with the ledger's spacing.
    var name: String
    /// The reading, surname and given name separated by a full-width space, in full-width
    /// katakana (the row's kana style is applied where the ledger writes one).
    var reading: String
    /// `former_surname`, `typo`, `variant_given`, as they apply.
    var difficulty: Difficulty
}

/// Where a written name sits, for its typo draw: the registry, the record and the person
/// role within it.
struct NameSlot {
    let stream: SplitMix64.Stream
    let record: Int
    let role: Int

    var index: UInt64 { stream.rawValue << 56 | UInt64(record) << 4 | UInt64(role) }
}

extension RegistryPeople {
    /// `resident`'s name as a ledger recorded it on `day`: the former surname before the
    /// marriage, the notation's variant flips and spacing (drawn from `rng`, the record's
    /// generator), and a typo at `typoRate` (drawn from the slot's own generator, so that a
    /// typo never shifts the record's other draws).
    /// - Parameter readingWritten: whether every layout of the registry writes the reading
    ///   (only then may the typo be a wrong kana).
    func writtenName(
        of resident: Resident, on day: DayNumber, notation: LedgerNotation, slot: NameSlot, readingWritten: Bool,
        _ rng: inout SplitMix64
    ) -> WrittenName {
        let surname = resident.surname(on: day)
        var parts = notation.personNameParts(surname: surname.text, given: resident.givenName, &rng)
        var difficulty: Difficulty = []
        if surname.former { difficulty.insert(.formerSurname) }
        if parts.given != resident.givenName { difficulty.insert(.variantGiven) }
        var reading = surname.reading + "\u{3000}" + resident.givenReading
        if addTypo(&parts, &reading, slot: slot, readingWritten: readingWritten) { difficulty.insert(.typo) }
        return WrittenName(name: parts.text, reading: reading, difficulty: difficulty)
    }

    /// An outsider's name as a ledger writes it (typos too; no class applies: the register
    /// holds no name to differ from).
    func writtenName(
        of outsider: Outsider, notation: LedgerNotation, slot: NameSlot, readingWritten: Bool,
        _ rng: inout SplitMix64
    ) -> WrittenName {
        var parts = notation.personNameParts(surname: outsider.surname, given: outsider.givenName, &rng)
        var reading = outsider.reading
        _ = addTypo(&parts, &reading, slot: slot, readingWritten: readingWritten)
        return WrittenName(name: parts.text, reading: reading, difficulty: [])
    }

    /// Applies a typo at `typoRate`; whether it did.
    private func addTypo(
        _ parts: inout LedgerNotation.NameParts, _ reading: inout String, slot: NameSlot, readingWritten: Bool
    ) -> Bool {
        var rng = SplitMix64(seed: config.seed, stream: .nameTypo, index: slot.index)
        guard rng.chance(config.typoRate) else { return false }
        _ = NameTypo.apply(
            surname: &parts.surname, given: &parts.given, reading: &reading, readingWritten: readingWritten, &rng)
        return true
    }
}
