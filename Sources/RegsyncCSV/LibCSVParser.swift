internal import CLibCSV

/// Receives libcsv's field callbacks for one record: each field's unquoted bytes are
/// appended to `bytes` and its range to `spans`.
struct FieldSink {
    var bytes: [UInt8] = []
    var spans: [FieldSpan] = []

    mutating func append(_ data: UnsafeRawPointer?, _ length: Int) {
        let start = bytes.count
        if let data, length > 0 {
            // A typed buffer takes Array's memcpy path (a raw buffer is appended byte by byte).
            bytes.append(
                contentsOf: UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: length))
        }
        spans.append(FieldSpan(start: start, end: start + length, quoted: false))
    }
}

/// One libcsv parser in strict mode, and the sink its callbacks write to, both owned here
/// and freed once.
///
/// It parses exactly one record per call (the reader has already found the record's
/// boundaries), so a parse error stays local to that record.
///
/// The callbacks' state is a pointer to a plain struct rather than an `Unmanaged` object:
/// the same non-capturing `@convention(c)` pattern, without a retain/release and a dynamic
/// exclusivity check per field (measured: they cost more than libcsv's own parsing).
struct LibCSVParser: ~Copyable {
    private let parser: UnsafeMutablePointer<csv_parser>
    let sink: UnsafeMutablePointer<FieldSink>

    init(dialect: CSVDialect) {
        parser = .allocate(capacity: 1)
        // csv_init only fails on a NULL parser; it allocates nothing.
        _ = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI))
        csv_set_delim(parser, dialect.delimiter)
        csv_set_quote(parser, dialect.quote ?? UInt8(ascii: "\""))
        if !dialect.trimsUnquotedSpaces { csv_set_space_func(parser, regsync_csv_no_space) }
        // libcsv grows its field buffer by this much at a time (128 bytes by default,
        // which makes a 1 MB field cost thousands of reallocs).
        csv_set_blk_size(parser, 64 * 1024)
        sink = .allocate(capacity: 1)
        sink.initialize(to: FieldSink())
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
        sink.deinitialize(count: 1)
        sink.deallocate()
    }

    /// Splits one record (without its terminator) into `sink`, appending the fields' bytes
    /// after what `sink.bytes` already holds.
    /// - Returns: the 0-based offset of the byte where strict parsing failed, or `nil`.
    func parse(_ record: UnsafeRawBufferPointer) -> Int? {
        sink.pointee.spans.removeAll(keepingCapacity: true)
        let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
            data, length, context in
            context!.assumingMemoryBound(to: FieldSink.self).pointee.append(data, length)
        }
        let consumed = csv_parse(parser, record.baseAddress, record.count, onField, nil, sink)
        var failure: Int? = nil
        if csv_error(parser) == CSV_EPARSE {
            failure = consumed
        } else if csv_fini(parser, onField, nil, sink) != 0 {
            // Only CSV_STRICT_FINI fails here: a quoted field open at the end.
            failure = record.count
        }
        regsync_csv_reset(parser)
        return failure
    }
}
