/// Where the quote-aware scan is inside the current record.
enum ScanPhase: UInt8 {
    /// At the start of a field (after a delimiter or at the record's start).
    case fieldStart
    /// Inside an unquoted field.
    case unquoted
    /// Inside a quoted field.
    case quoted
    /// Just after a quote inside a quoted field: a closing quote, or the first half of a
    /// doubled quote.
    case quoteSeen
    /// Spaces after a closing quote (only when the dialect trims spaces).
    case afterQuote
}

/// The scan's state, kept between refills so a record may span any number of chunks.
struct ScanState {
    var phase = ScanPhase.fieldStart
    /// The next byte to scan, relative to `head`.
    var index = 0
    /// Bytes of this record already dropped from the buffer (only past `maxRecordBytes`).
    var discarded = 0
    /// The input offset of the record's first byte.
    var recordOffset = 0
    /// Line breaks inside the record (in quoted fields).
    var innerLines = 0
    /// Record-relative offset of the current physical line's first byte.
    var lineStart = 0
    /// Field bounds relative to `head` (meaningful while not `overflow`).
    var fieldBegin = 0
    var contentEnd = 0
    var lastNonSpace = 0
    /// A doubled quote or a stray quote: libcsv must split this record.
    var needsLibCSV = false
    /// Where the last quoted field opened: lines after the record's first, and column.
    var quoteLine = 0
    var quoteColumn = 0
    /// The record is longer than `maxRecordBytes`; its first bytes are already kept.
    var overflow = false
    /// Quote recovery: where the line of the open quote ends (relative to `head`; -1
    /// before its first line break) and how.
    var quoteBreak = -1
    var quoteBreakTerminator = CSVLineTerminator.none
    /// Quote recovery: why the record is cut back to `quoteBreak`.
    var cutKind: CSVProblem.Kind?
}

/// How a scan step ended.
enum RecordEnding {
    case endOfInput
    case emptyLine(CSVLineTerminator)
    /// A record of `length` bytes from `head` (after any discarded bytes).
    case record(length: Int, terminator: CSVLineTerminator)
    /// Quote recovery: the record ends at `ScanState.quoteBreak`, for `ScanState.cutKind`.
    case cutAtQuoteLine
}

private let lineFeed: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D
private let space: UInt8 = 0x20
private let tab: UInt8 = 0x09

extension CSVScanner {
    /// Scans the buffered bytes of the current record. Returns `nil` when the record's end
    /// is not buffered yet (the caller refills and calls again).
    ///
    /// The state machine mirrors libcsv's (strict mode) on well-formed input, so record
    /// boundaries agree with how libcsv splits the record; on malformed input it follows
    /// libcsv's lenient mode: a quote that does not start a field is data.
    mutating func scanStep(_ record: inout CSVRecord) -> RecordEnding? {
        let base = UnsafePointer(buffer + head)
        let count = tail - head
        let delimiter = dialect.delimiter
        let quote = dialect.quote
        let quoteByte = quote ?? 0
        let hasQuote = quote != nil
        // Without a quote character, compare against the delimiter a second time instead.
        let quoteProbe = quote ?? delimiter
        let trims = dialect.trimsUnquotedSpaces
        var state = scan
        let keepsFields = !state.overflow
        var index = state.index
        defer { scan = state }

        func pushField(end: Int, quoted: Bool) {
            if keepsFields { record.spans.append(FieldSpan(start: state.fieldBegin, end: end, quoted: quoted)) }
        }
        func pushEmptyField(at position: Int) {
            if keepsFields { record.spans.append(FieldSpan(start: position, end: position, quoted: false)) }
        }
        /// Closes the record's last field.
        func finishFields(end: Int) {
            switch state.phase {
            case .fieldStart: pushEmptyField(at: end)
            case .unquoted: pushField(end: trims ? state.lastNonSpace : end, quoted: false)
            case .quoteSeen, .afterQuote: pushField(end: state.contentEnd, quoted: true)
            case .quoted: break  // unterminated: reported by finishRecord
            }
        }

        while index < count {
            let byte = base[index]
            switch state.phase {
            case .quoted:
                if isRunaway(state, at: index) {
                    state.cutKind = .runawayQuote
                    return .cutAtQuoteLine
                }
                if byte != quoteByte && byte != lineFeed && byte != carriageReturn {
                    index += 1
                    // With a line of the quote already seen, stop at the record size limit.
                    let stop = recovers && state.quoteBreak >= 0 && !state.overflow ? min(count, maxRecordBytes) : count
                    while index < stop {
                        let next = base[index]
                        if next == quoteByte || next == lineFeed || next == carriageReturn { break }
                        index += 1
                    }
                    continue
                }
                if byte == quoteByte {
                    state.phase = .quoteSeen
                    state.contentEnd = index
                    index += 1
                } else if byte == lineFeed || byte == carriageReturn {
                    let lineBreak = index
                    let terminator: CSVLineTerminator
                    if byte == lineFeed {
                        terminator = .lf
                    } else if index + 1 < count {
                        terminator = base[index + 1] == lineFeed ? .crlf : .cr
                    } else if atEnd {
                        terminator = .cr
                    } else {
                        state.index = index
                        return nil
                    }
                    index += terminator.byteCount
                    state.innerLines += 1
                    state.lineStart = state.discarded + index
                    if recovers && passesLimits(&state, lineBreak: lineBreak, terminator: terminator) {
                        state.cutKind = .runawayQuote
                        return .cutAtQuoteLine
                    }
                } else {
                    index += 1
                }
                continue
            case .fieldStart:
                if byte == delimiter {
                    pushEmptyField(at: index)
                    index += 1
                    continue
                }
                if byte == lineFeed || byte == carriageReturn { break }
                if hasQuote && byte == quoteByte {
                    state.phase = .quoted
                    state.fieldBegin = index + 1
                    state.quoteLine = state.innerLines
                    state.quoteColumn = state.discarded + index - state.lineStart + 1
                    state.quoteBreak = -1
                } else if !(trims && (byte == space || byte == tab)) {
                    state.phase = .unquoted
                    state.fieldBegin = index
                    state.lastNonSpace = index + 1
                }
                index += 1
                continue
            case .unquoted:
                // The common case: skip ordinary bytes in a tight loop.
                if !trims && byte != delimiter && byte != lineFeed && byte != carriageReturn && byte != quoteProbe {
                    index += 1
                    while index < count {
                        let next = base[index]
                        if next == delimiter || next == lineFeed || next == carriageReturn || next == quoteProbe {
                            break
                        }
                        index += 1
                    }
                    continue
                }
                if byte == delimiter {
                    pushField(end: trims ? state.lastNonSpace : index, quoted: false)
                    state.phase = .fieldStart
                    index += 1
                    continue
                }
                if byte == lineFeed || byte == carriageReturn { break }
                if hasQuote && byte == quoteByte { state.needsLibCSV = true }
                if trims && byte != space && byte != tab { state.lastNonSpace = index + 1 }
                index += 1
                continue
            case .quoteSeen, .afterQuote:
                if byte == quoteByte && state.phase == .quoteSeen {
                    // A doubled quote: libcsv undoubles it.
                    state.phase = .quoted
                    state.needsLibCSV = true
                    index += 1
                    continue
                }
                if byte == delimiter {
                    pushField(end: state.contentEnd, quoted: true)
                    state.phase = .fieldStart
                    index += 1
                    continue
                }
                if byte == lineFeed || byte == carriageReturn { break }
                if trims && (byte == space || byte == tab) {
                    state.phase = .afterQuote
                } else {
                    // Text after a closing quote: libcsv reports it; scan on as unquoted data.
                    state.needsLibCSV = true
                    state.phase = .unquoted
                    state.lastNonSpace = index + 1
                }
                index += 1
                continue
            }
            // A line break outside quotes ends the record.
            let terminator: CSVLineTerminator
            if byte == lineFeed {
                terminator = .lf
            } else if index + 1 < count {
                terminator = base[index + 1] == lineFeed ? .crlf : .cr
            } else if atEnd {
                terminator = .cr
            } else {
                state.index = index
                return nil
            }
            state.index = index
            if index == 0 && state.discarded == 0 && state.phase == .fieldStart {
                return .emptyLine(terminator)
            }
            finishFields(end: index)
            return .record(length: index, terminator: terminator)
        }
        state.index = index
        guard atEnd else { return nil }
        if index == 0 && state.discarded == 0 { return .endOfInput }
        if recovers && state.phase == .quoted && state.quoteBreak >= 0 {
            // Still open at the end of the input: the record ends with the quote's line.
            state.cutKind = .unterminatedQuote
            return .cutAtQuoteLine
        }
        finishFields(end: index)
        return .record(length: index, terminator: .none)
    }

    /// Quote recovery is on.
    var recovers: Bool { maxQuotedLines != nil }

    /// True when the open quote, whose line already ended, has run past the record size
    /// limit at `index` (checked at the byte, so that chunk boundaries do not matter).
    func isRunaway(_ state: ScanState, at index: Int) -> Bool {
        recovers && state.phase == .quoted && state.quoteBreak >= 0 && !state.overflow && index >= maxRecordBytes
    }

    /// At a line break inside the open quote: remembers the end of the quote's own line,
    /// and tells whether the quote now spans too many lines or bytes.
    func passesLimits(_ state: inout ScanState, lineBreak: Int, terminator: CSVLineTerminator) -> Bool {
        if state.quoteBreak < 0 {
            state.quoteBreak = lineBreak
            state.quoteBreakTerminator = terminator
        }
        let lines = state.innerLines - state.quoteLine + 1
        return lines > maxQuotedLines! || state.overflow || state.discarded + lineBreak > maxRecordBytes
    }
}
