import Foundation
import RegsyncText

/// Writes a synthetic data set: the resident register extract, tonight's change feed, the
/// three registries in the layouts of the shipped mappings, and the ground truth. Records
/// are generated one at a time and streamed to buffered files, so memory stays bounded at
/// any size; the output depends only on the configuration (same seed and sizes, same bytes).
public struct Generator {
    /// The parts that can be generated on their own.
    public enum Part: String, CaseIterable, Sendable {
        case residents, events, vehicle, realestate, commercial
    }

    /// What one run wrote.
    public struct Summary: Sendable {
        /// Lines per file name (header included).
        public var lines: [String: Int] = [:]
        /// Characters replaced by 〓 per file name.
        public var replaced: [String: Int] = [:]
        /// Ground-truth rows per outcome.
        public var outcomes: [String: Int] = [:]
        /// Ground-truth rows per difficulty class.
        public var classes: [DifficultyClass: Int] = [:]
        /// Wall-clock seconds per part.
        public var seconds: [String: Double] = [:]
    }

    /// The configuration.
    public let config: SynthConfig
    /// The output directory.
    public let directory: String
    /// The parts to generate.
    public let parts: Set<Part>
    /// Also write the encoding variants under `variants/`.
    public let encodingVariants: Bool
    let population: Population
    let people: RegistryPeople
    let corporations: CorporationFactory
    let places: PlaceCatalogue
    /// The night's corporate-number diff, and the corporations whose address it changes.
    let corporationDiff: [CorporationDiffRow]
    let corporationMoves: [Int: Place]

    /// Creates a generator.
    public init(
        config: SynthConfig, directory: String, parts: Set<Part> = Set(Part.allCases), encodingVariants: Bool = false
    ) {
        self.config = config
        self.directory = directory
        self.parts = parts
        self.encodingVariants = encodingVariants
        population = Population(config: config)
        people = RegistryPeople(population: population)
        corporations = CorporationFactory(config: config)
        places = .shared
        corporationDiff = corporations.diff(places: places)
        corporationMoves = corporations.moves(in: corporationDiff)
    }

    /// Generates every requested part.
    /// - Throws: `SynthError` when a file cannot be written.
    public func run(progress: (String) -> Void = { _ in }) throws(SynthError) -> Summary {
        var summary = Summary()
        for path in [directory, directory + "/truth"] + (encodingVariants ? [directory + "/variants"] : []) {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw SynthError.cannotWrite(path)
            }
        }
        let truth = try TruthWriter(directory: directory + "/truth")
        func timed(_ part: Part, _ body: () throws(SynthError) -> [OutputFile]) throws(SynthError) {
            guard parts.contains(part) else { return }
            progress("generating \(part.rawValue)")
            let start = ContinuousClock.now
            let files = try body()
            for file in files {
                try file.close()
                let name = String(file.path.dropFirst(directory.count + 1))
                summary.lines[name] = file.lines
                if file.replacedCharacters > 0 { summary.replaced[name] = file.replacedCharacters }
            }
            let elapsed = ContinuousClock.now - start
            summary.seconds[part.rawValue] =
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        try timed(.residents) { () throws(SynthError) in try writeResidents() }
        try timed(.events) { () throws(SynthError) in try writeEvents() }
        try timed(.vehicle) { () throws(SynthError) in try writeVehicles(truth) }
        try timed(.realestate) { () throws(SynthError) in try writeRealEstate(truth) }
        try timed(.commercial) { () throws(SynthError) in try writeCommercial(truth) }
        try truth.close()
        for (outcome, count) in truth.outcomeCounts { summary.outcomes[outcome.rawValue] = count }
        for (index, difficultyClass) in DifficultyClass.allCases.enumerated() {
            summary.classes[difficultyClass] = truth.classCounts[index]
        }
        try writeTruthReadme()
        return summary
    }

    func file(_ name: String, _ encoding: TextEncoding = .utf8, crlf: Bool = false) throws(SynthError) -> OutputFile {
        try OutputFile(path: directory + "/" + name, encoding: encoding, crlf: crlf)
    }

    func writeTruthReadme() throws(SynthError) {
        let readme = try OutputFile(path: directory + "/truth/README.md")
        for line in TruthReadme.text(config: config, parts: parts).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            try readme.writeLine(String(line))
        }
        try readme.close()
    }
}
