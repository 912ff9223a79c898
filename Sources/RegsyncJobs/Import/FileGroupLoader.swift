import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncStore
import RegsyncXML

/// Loads a group of files in one transaction: one file for an incremental mapping, all
/// files of the command for a full snapshot (whose removals need every file).
final class FileGroupLoader {
    let connection: PostgresConnection
    let mapping: MappingFile
    let options: ImportOptions
    let rejectDirectory: String
    let runID: String
    let logger: Logger
    /// Opens a second connection for look-ups while the first is busy with a COPY.
    let openLookupConnection: () throws -> PostgresConnection
    private var lookupConnection: PostgresConnection?
    /// Resident code → whether that resident's rejected rows must be masked.
    private var protectionCache: [String: Bool] = [:]
    /// Reject and warning file names used in this run: two inputs with the same name (from
    /// different folders) must not overwrite each other's files.
    private var rejectFileNames: Set<String> = []

    init(
        connection: PostgresConnection, mapping: MappingFile, options: ImportOptions, rejectDirectory: String,
        runID: String, logger: Logger, openLookupConnection: @escaping () throws -> PostgresConnection
    ) {
        self.openLookupConnection = openLookupConnection
        self.connection = connection
        self.mapping = mapping
        self.options = options
        self.rejectDirectory = rejectDirectory
        self.runID = runID
        self.logger = logger
    }

    /// The state of one file while its group loads.
    struct FileState {
        let input: FileInput
        var fileID: Int64 = 0
        var summary: FileSummary
        var writer: RejectFileWriter?
        /// Records to reject once their raw bytes are fetched again. A list, not a map by
        /// line: several XML records can start on one line, and each must be counted.
        var pending: [(line: Int, reason: RejectReason, message: String)] = []
        var databaseRejects: [(fileID: Int64, reject: Reject)] = []
        var stoppedAtLine: Int?
        /// Rejects whose raw text holds only the first bytes of their record.
        var rawCut = 0
        /// The file's warnings, listed with their line and field, and stored between batches.
        var warningWriter: WarningFileWriter?
        var databaseWarnings: [(fileID: Int64, line: Int, field: String, code: String)] = []

        /// Writes the reject and warning files out and names them in the summary.
        mutating func finishFiles() throws {
            try writer?.finish()
            summary.rejectFile = writer?.path
            try warningWriter?.finish()
            summary.warningFile = warningWriter?.path
        }

        /// Abandons the reject and warning files (the load failed).
        mutating func discardFiles() {
            writer?.discard()
            warningWriter?.discard()
            summary.rejectFile = nil
            summary.warningFile = nil
        }
    }

    func load(_ inputs: [FileInput], into runSummary: inout RunSummary) throws {
        let session = try LoadSession(connection: connection, mapping: mapping, logger: logger)
        var states: [FileState] = []
        var previous: [String: PreviousImport] = [:]
        do {
            for input in inputs {
                if let earlier = try session.previousImport(sha256: input.sha256) { previous[input.path] = earlier }
                states.append(FileState(input: input, summary: FileSummary(path: input.path, sha256: input.sha256)))
            }
        } catch {
            session.rollback()
            throw error
        }
        if previous.count == inputs.count {
            session.rollback()
            for state in states {
                let earlier = previous[state.input.path]!
                // The earlier outcome, not 'clean': content imported with rejects still has them.
                let account =
                    "file \(earlier.fileID) on \(earlier.importedAt): \(earlier.read) read, \(earlier.loaded) loaded, "
                    + "\(earlier.rejected) rejected, outcome \(earlier.outcome.rawValue), run \(earlier.runID)"
                var file = FileSummary(path: state.input.path, sha256: state.input.sha256, status: "already_imported")
                file.reason = "this content was already imported into \(mapping.target.name) (\(account))"
                runSummary.files.append(file)
                runSummary.notes.append(
                    "\(state.input.path): this content was already imported into \(mapping.target.name) (\(account)"
                        + (earlier.rejected > 0 ? "; its rejects are in that run's reject files" : "")
                        + "); nothing changed")
                runSummary.escalate(to: earlier.outcome)
                // Said on stderr too: without --summary the operator would only see zero counts.
                logger.notice(
                    "already imported; nothing changed",
                    metadata: [
                        "import.file": "\(state.input.path)", "import.previous_file_id": "\(earlier.fileID)",
                        "import.previous_run": "\(earlier.runID)", "import.previous_rejected": "\(earlier.rejected)",
                        "import.previous_outcome": "\(earlier.outcome.rawValue)",
                    ])
            }
            return
        }
        do {
            for index in states.indices {
                states[index].fileID = try session.registerFile(
                    path: states[index].input.path, sha256: states[index].input.sha256,
                    bytes: states[index].input.bytes, runID: runID)
                do {
                    try timed("read and staged \(states[index].input.path)") {
                        try stream(&states[index], session: session)
                    }
                } catch ImportFailure.malformedDocument(_, let error) {
                    try abandon(states, unusable: index, error: error, session: session, into: &runSummary)
                    return
                }
            }
            for rejection in try timed("resolved duplicates", session.resolve) {
                guard let index = states.firstIndex(where: { $0.fileID == rejection.fileID }) else { continue }
                states[index].pending.append(
                    (rejection.line, RejectReason(rawValue: rejection.reason), rejection.message))
            }
            for index in states.indices { try writePending(&states[index], session: session) }
            let exceeded = states.filter { isExceeded($0) }
            if !exceeded.isEmpty {
                session.rollback()
                for index in states.indices { try states[index].finishFiles() }
                for var state in states {
                    let tooMany = isExceeded(state)
                    state.summary.status = tooMany ? "aborted_too_many_rejects" : "aborted_with_group"
                    // The rows staged, not a difference: the counts must be able to disagree.
                    state.summary.notLoaded = state.summary.loaded
                    state.summary.loaded = 0
                    report(state, in: &runSummary)
                    if tooMany {
                        let stop = state.stoppedAtLine.map { "; reading stopped at line \($0)" } ?? ""
                        runSummary.notes.append(
                            "\(state.input.path): not loaded: \(state.summary.rejected) rejects exceed --max-rejects "
                                + "\(options.maxRejects!)\(stop); nothing of it was loaded")
                    } else {
                        runSummary.notes.append(
                            "\(state.input.path): not loaded: it belongs to a snapshot that was aborted")
                    }
                }
                runSummary.escalate(to: .inputUnusable)
                return
            }
            // A full snapshot with rejected records cannot tell which records really left:
            // removals wait for a clean snapshot rather than remove records that were only
            // unreadable this time.
            let rejectedAny = states.contains { $0.summary.rejected > 0 }
            let loadedNothing = states.allSatisfy { $0.summary.loaded == 0 }
            if rejectedAny && mapping.load.snapshot == .full {
                runSummary.notes.append(
                    "full snapshot with rejected records: records absent from it were not marked removed; "
                        + "fix the rejects and import again to apply removals")
            } else if loadedNothing && mapping.load.snapshot == .full {
                // An empty export is far likelier a failed extraction than a registry emptied overnight.
                runSummary.notes.append("empty full snapshot: nothing was marked removed")
            }
            let (perFile, snapshotRemoved) = try timed("merged (\(session.path.rawValue) path)") {
                try session.merge(removeAbsent: !rejectedAny && !loadedNothing)
            }
            var files: [Int64: FileSummary] = [:]
            for index in states.indices {
                let counts = perFile[states[index].fileID] ?? MergeCounts()
                states[index].summary.inserted = counts.inserted
                states[index].summary.updated = counts.updated
                states[index].summary.unchanged = counts.unchanged + counts.superseded
                states[index].summary.removed = counts.removed + (index == states.count - 1 ? snapshotRemoved : 0)
                states[index].summary.status =
                    previous[states[index].input.path] == nil ? "loaded" : "reloaded_for_snapshot"
                if counts.superseded > 0 {
                    runSummary.notes.append(
                        "\(states[index].input.path): \(counts.superseded) records superseded by newer ones for the same key"
                    )
                }
                files[states[index].fileID] = states[index].summary
            }
            // The rejects are on disk before the load is committed: they are part of it.
            for index in states.indices { try states[index].finishFiles() }
            try timed("committed") { try session.commit(files: files) }
            for state in states {
                report(state, in: &runSummary)
                logger.info(
                    "imported",
                    metadata: [
                        "import.file": "\(state.input.path)", "import.read": "\(state.summary.read)",
                        "import.loaded": "\(state.summary.loaded)", "import.rejected": "\(state.summary.rejected)",
                    ])
            }
        } catch {
            // Nothing of the group stays: not its rows, not its rejects (a reject file that
            // could not be written, say, takes the load down with it).
            session.rollback()
            for var state in states {
                state.discardFiles()
                state.summary.status = "failed"
                // Every record read, the one in hand when the load failed included, is not loaded.
                state.summary.notLoaded = state.summary.read
                state.summary.loaded = 0
                state.summary.rejected = 0
                runSummary.files.append(state.summary)
            }
            runSummary.notes.append(
                "the load was rolled back: nothing of \(states.count == 1 ? "the file" : "these files") was loaded")
            throw error
        }
    }

    /// Whether a rejected record must have its address masked: when it carries a protection
    /// flag, or when it is an address or event row whose resident is not known to be
    /// unprotected. Used for rejects found while reading and for those found after staging.
    private func protects(_ flagged: Bool, _ partial: [String?]) -> Bool {
        if flagged { return true }
        guard mapping.target == .residentAddress || mapping.target == .residentEvent else { return false }
        // A rejected address or event row shows an address: only when its resident is
        // known and not protected.
        guard let index = mapping.fields.firstIndex(where: { $0.column.name == "resident_code" }),
            index < partial.count, let code = partial[index]
        else { return true }
        if let known = protectionCache[code] { return known }
        let protected = !((try? unprotected(code)) ?? false)
        protectionCache[code] = protected
        return protected
    }

    /// True when the resident is known and not DV-protected (asked on a second connection:
    /// the first may be in the middle of a COPY).
    private func unprotected(_ code: String) throws -> Bool {
        if lookupConnection == nil { lookupConnection = try openLookupConnection() }
        return try ResidentLookup.unprotected([code], on: lookupConnection!).contains(code)
    }

    /// A document turned out unusable while it was read: nothing of the group is loaded;
    /// the error (and the record it cut, if any) goes to the file's reject file.
    private func abandon(
        _ states: [FileState], unusable index: Int, error: XMLReaderError, session: LoadSession,
        into runSummary: inout RunSummary
    ) throws {
        session.rollback()
        var states = states
        if let partialRecord = error.partialRecord {
            // The record the error cut was read, and is rejected; an error outside any record
            // is the document's, not a record's: it is the file's reason, not a reject.
            states[index].summary.read += 1
            let reject = Reject(
                location: InputLocation(
                    file: states[index].input.path, line: error.partialRecordLine ?? error.line, column: error.column),
                reason: .malformed, message: "record cut by a document error: \(error.description)",
                raw: partialRecord)
            try record(
                RejectRawPolicy(mapper: states[index].input.mapper).unstructured(reject) { self.protects($0, $1) },
                in: &states[index], session: nil)
        }
        for (position, var state) in states.enumerated() {
            try state.finishFiles()
            if position == index {
                // Refused as a whole before its first record: nothing of it was read.
                state.summary.status = state.summary.read == 0 ? "refused" : "unusable_document"
                state.summary.reason = error.description
            } else {
                state.summary.status = "aborted_with_group"
            }
            state.summary.notLoaded = state.summary.loaded
            state.summary.loaded = 0
            report(state, in: &runSummary)
        }
        runSummary.notes.append(
            "\(states[index].input.path): not loaded: \(error.description); nothing of it was loaded")
        runSummary.escalate(to: .inputUnusable)
        logger.error("unusable document", metadata: ["import.file": "\(states[index].input.path)"])
    }

    /// Adds a file's summary to the run's, with a note where its warnings are listed and
    /// one when rejected raw text was cut.
    private func report(_ state: FileState, in runSummary: inout RunSummary) {
        runSummary.files.append(state.summary)
        if let listed = state.summary.warningFile {
            runSummary.notes.append(
                "\(state.input.path): \(state.summary.warnings) warnings, each with its line and field in \(listed)")
        }
        guard state.rawCut > 0 else { return }
        let records = state.rawCut == 1 ? "1 rejected record has its" : "\(state.rawCut) rejected records have their"
        runSummary.notes.append(
            "\(state.input.path): \(records) raw text cut at the record size limit (each reject's message gives "
                + "the record's full size; the source file has it whole)")
    }

    /// Runs a phase of the load and logs how long it took (debug level).
    private func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        let started = ContinuousClock.now
        defer {
            logger.debug(
                "import phase",
                metadata: ["import.phase": "\(phase)", "import.seconds": "\((ContinuousClock.now - started).seconds)"])
        }
        return try body()
    }

    private func isExceeded(_ state: FileState) -> Bool {
        options.maxRejects?.isExceeded(rejected: state.summary.rejected, read: state.summary.read) ?? false
    }

    /// Reads one file, staging its rows in batches and writing its rejects as they come.
    private func stream(_ state: inout FileState, session: LoadSession) throws {
        let fileID = state.fileID
        let progress = ProgressReporter(label: state.input.path)
        func flush() throws {
            for rejection in try session.endBatch() {
                state.pending.append((rejection.line, .database, rejection.message))
            }
            // Only between batches: a COPY of rejects while the batch's COPY is open would
            // end that COPY (libpq) and abort the load.
            try session.recordRejects(state.databaseRejects)
            state.databaseRejects.removeAll(keepingCapacity: true)
            try session.recordWarnings(state.databaseWarnings)
            state.databaseWarnings.removeAll(keepingCapacity: true)
        }
        try state.input.source.read(with: state.input.mapper, protects: { self.protects($0, $1) }) { outcome in
            state.summary.read += 1
            let line: Int?
            switch outcome {
            case .row(let rowLine, let row):
                line = rowLine
                if !row.warnings.isEmpty { try note(row.warnings, line: rowLine, in: &state) }
                try session.append(StagedRow(fileID: fileID, line: rowLine, row: row))
                // Counted here, not from the batch: the direct path accounts for superseded
                // rows without staging them.
                state.summary.loaded += 1
                // Batches end (and wait for the server) rarely: a batch is the unit a refused
                // COPY is retried in, so it is bounded in bytes as well as rows.
                if session.batchCount >= options.batchSize || session.batchBytes >= LoadSession.batchByteLimit {
                    try flush()
                }
            case .rejected(let reject):
                line = reject.location.line
                try record(reject, in: &state, session: session)
            }
            progress.tick(state.summary.read)
            // A count limit stops reading as soon as it is passed: the file will not load anyway.
            if case .count(let limit)? = options.maxRejects, state.summary.rejected + state.pending.count > limit {
                state.stoppedAtLine = line
                return false
            }
            return true
        }
        try flush()
        progress.finish(state.summary.read)
    }

    /// A path in the reject folder for one of `input`'s files (`<name>.rejects.csv`, ...):
    /// two inputs of the same name (from different folders) get different ones.
    private func outputPath(for input: String, _ suffix: String) -> String {
        let base = URL(fileURLWithPath: input).lastPathComponent
        var name = "\(base).\(suffix)"
        var number = 2
        while rejectFileNames.contains(name) {
            name = "\(base)-\(number).\(suffix)"
            number += 1
        }
        rejectFileNames.insert(name)
        return rejectDirectory + "/" + name
    }

    /// Counts, lists and keeps (for `regsync.warning`) a row's warnings (`field:code`).
    private func note(_ warnings: [String], line: Int, in state: inout FileState) throws {
        state.summary.warnings += warnings.count
        if state.warningWriter == nil {
            state.warningWriter = try WarningFileWriter(
                path: outputPath(for: state.input.path, "warnings.csv"), inputFile: state.input.path)
        }
        for warning in warnings {
            let parts = warning.split(separator: ":", maxSplits: 1)
            let (field, code) = parts.count == 2 ? (String(parts[0]), String(parts[1])) : ("", warning)
            try state.warningWriter!.write(line: line, field: field, code: code)
            state.databaseWarnings.append((state.fileID, line, field, code))
        }
    }

    private func record(_ reject: Reject, in state: inout FileState, session: LoadSession?) throws {
        // Counted first: a reject that cannot be written is still a record read and not loaded.
        state.summary.rejected += 1
        if state.writer == nil {
            state.writer = try RejectFileWriter(
                path: outputPath(for: state.input.path, "rejects.csv"), inputFile: state.input.path,
                encoding: mapping.source.encoding)
        }
        try state.writer!.write(reject)
        if reject.isRawTruncated {
            if state.rawCut == 0 {
                logger.warning("a rejected record's raw text is cut", metadata: ["import.file": "\(state.input.path)"])
            }
            state.rawCut += 1
        }
        guard session != nil else { return }
        // Stored at the end of the batch (see `stream`), without the raw bytes (never stored).
        var stored = reject
        stored.raw = []
        state.databaseRejects.append((state.fileID, stored))
    }

    /// Rejects the records found unloadable after staging (refused by the server, or
    /// duplicates), fetching their raw bytes from the file again.
    private func writePending(_ state: inout FileState, session: LoadSession) throws {
        if !state.pending.isEmpty {
            let raws = try state.input.source.rawRecords(
                at: Set(state.pending.map(\.line)), with: state.input.mapper, protects: { self.protects($0, $1) })
            for (line, reason, message) in state.pending.sorted(by: { $0.line < $1.line }) {
                let reject = Reject(
                    location: InputLocation(file: state.input.path, line: line), reason: reason, message: message,
                    raw: raws[line] ?? [])
                state.summary.loaded -= 1
                try record(reject, in: &state, session: session)
            }
            state.pending.removeAll()
        }
        try session.recordRejects(state.databaseRejects)
        state.databaseRejects.removeAll()
    }
}

/// Progress on long work, only when stderr is a terminal: records read and the rate.
final class ProgressReporter {
    let label: String
    let enabled = isatty(2) == 1
    let started = Date()
    var lastPrint = Date()

    init(label: String) { self.label = label }

    func tick(_ count: Int) {
        guard enabled, count & 0x3FF == 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastPrint) >= 1 else { return }
        lastPrint = now
        let rate = Double(count) / max(now.timeIntervalSince(started), 0.001)
        FileHandle.standardError.write(Data("\r\(label): \(count) records (\(Int(rate))/s)   ".utf8))
    }

    func finish(_ count: Int) {
        guard enabled, Date().timeIntervalSince(started) >= 1 else { return }
        FileHandle.standardError.write(Data("\r\(label): \(count) records\u{1B}[K\n".utf8))
    }
}

extension Duration {
    /// The duration in seconds, rounded to milliseconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return ((Double(whole) + Double(attoseconds) / 1e18) * 1000).rounded() / 1000
    }
}
