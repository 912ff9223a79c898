import RegsyncCore

/// A person a registry holds who is not in the resident register (a foreign resident, a
/// person registered elsewhere, an owner who died decades ago), sometimes with the name of
/// a resident of the same municipality.
public struct Outsider: Sendable {
    /// Surname.
    public var surname: String
    /// Given name.
    public var givenName: String
    /// Reading, surname and given name separated by a full-width space.
    public var reading: String
    /// Birth date.
    public var birth: DayNumber
    /// The address the registry holds.
    public var place: Place
}

/// Picks the people registry records point at.
struct RegistryPeople {
    let population: Population
    let places: PlaceCatalogue
    let names: NameCatalogue

    init(population: Population) {
        self.population = population
        places = population.places
        names = population.names
    }

    var config: SynthConfig { population.config }

    /// A resident at least `minimumAge` years old tonight and not removed from the
    /// register (up to eight draws, then whoever the last draw gave).
    func resident(_ rng: inout SplitMix64, minimumAge: Int) -> Resident {
        var candidate = population.resident(rng.below(config.residents))
        for _ in 0..<8 {
            if candidate.status != .removed, candidate.age(on: config.asOf) >= minimumAge { break }
            candidate = population.resident(rng.below(config.residents))
        }
        return candidate
    }

    /// The twins of a designed twin record (`twinRecordRate` of the records of `stream`), or
    /// nil for an ordinary record.
    func designedTwins(_ stream: SplitMix64.Stream, record: Int, minimumAge: Int) -> (Resident, Resident)? {
        var rng = SplitMix64(seed: config.seed, stream: .twinRecord, index: stream.rawValue << 56 | UInt64(record))
        guard rng.chance(config.twinRecordRate) else { return nil }
        return population.adultTwins(from: rng.below(config.residents), minimumAge: minimumAge)
    }

    /// The history entry a registry recorded for `resident` and the day it recorded it: a day
    /// after `earliest` while the resident lived in the register; with probability
    /// `compliance`, a resident who moved since filed the change (the registry then holds
    /// the current address, recorded a few days after the move).
    func recorded(_ resident: Resident, earliest: DayNumber, compliance: Double, _ rng: inout SplitMix64)
        -> (entry: Int, recordedOn: DayNumber, firstRecordedOn: DayNumber)
    {
        let history = resident.history
        let adult = resident.birth + 365 * 18 + 5
        let low = max(earliest, adult, history[0].from)
        let high = max(low, (resident.statusDate ?? config.asOf) - 1)
        let day = low + DayNumber(rng.below(Int(high - low) + 1))
        let entry = resident.entryIndex(on: day)
        let last = history.count - 1
        if entry < last, rng.chance(compliance) {
            let filed = min(high, history[last].from + DayNumber(rng.below(15)))
            return (last, max(filed, day), day)
        }
        return (entry, day, day)
    }

    /// Someone not in the register; 5 % carry the name of a resident and live in the same
    /// municipality as that resident (a hard negative for the matcher).
    func outsider(_ rng: inout SplitMix64) -> Outsider {
        if rng.chance(0.05) {
            let resident = population.resident(rng.below(config.residents))
            let municipality = Int(resident.history[resident.history.count - 1].place.municipality)
            return Outsider(
                surname: resident.surname, givenName: resident.givenName, reading: resident.reading,
                birth: resident.birth + DayNumber(rng.int(in: 400...9000)) * (rng.chance(0.5) ? 1 : -1),
                place: places.drawPlace(in: municipality, &rng))
        }
        let female = rng.chance(0.5)
        let age = rng.int(in: 20...95)
        let birth = config.asOf - DayNumber(age * 365 + rng.below(365))
        let surname = names.surnames[names.drawSurname(&rng)]
        let given = names.drawGivenName(female: female, birthYear: DateNotation.year(birth), &rng)
        return Outsider(
            surname: surname.text, givenName: given.text, reading: surname.reading + "\u{3000}" + given.reading,
            birth: birth, place: places.drawPlace(in: places.drawMunicipality(&rng), &rng))
    }
}
