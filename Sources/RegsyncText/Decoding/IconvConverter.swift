import Glibc

/// One glibc iconv conversion descriptor and its output buffer, both released exactly once.
///
/// Not thread-safe (iconv descriptors keep shift state): each reader owns its own.
struct IconvConverter: ~Copyable {
    /// Why a conversion stopped before the end of its input.
    enum Failure: Error, Equatable {
        /// An input sequence the converter cannot map (EILSEQ) starts at `offset`.
        case invalid(offset: Int)
        /// The input ends inside a multibyte sequence that starts at `offset` (EINVAL).
        case truncated(offset: Int)
    }

    private let descriptor: iconv_t
    private var storage: UnsafeMutableRawPointer
    private var capacity: Int
    private var written = 0

    /// Opens a converter, or returns `nil` when glibc has no converter for the pair
    /// (e.g. the gconv modules are missing from a minimal image).
    init?(from source: String, to target: String) {
        guard let opened = iconv_open(target, source), Int(bitPattern: opened) != -1 else { return nil }
        descriptor = opened
        capacity = 4096
        storage = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit {
        iconv_close(descriptor)
        storage.deallocate()
    }

    /// Converts all of `input` from scratch (shift state reset) and hands the output to `body`.
    /// - Parameters:
    ///   - expansion: expected output bytes per input byte, used to size the buffer up
    ///     front; the buffer still grows on E2BIG if the guess was short.
    ///   - body: reads the output, which is valid only during the call.
    mutating func convert<Output>(
        _ input: UnsafeRawBufferPointer, expansion: Int, _ body: (UnsafeRawBufferPointer) -> Output
    ) -> Result<Output, Failure> {
        if let failure = convert(input, expansion: expansion) { return .failure(failure) }
        return .success(body(UnsafeRawBufferPointer(start: storage, count: written)))
    }

    private mutating func convert(_ input: UnsafeRawBufferPointer, expansion: Int) -> Failure? {
        written = 0
        ensureCapacity(input.count * expansion + 16)
        _ = iconv(descriptor, nil, nil, nil, nil)
        guard let base = input.baseAddress, input.count > 0 else { return flush(inputCount: 0) }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
            mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = input.count
        while inLeft > 0 {
            var outPointer: UnsafeMutablePointer<CChar>? = (storage + written).assumingMemoryBound(to: CChar.self)
            var outLeft = capacity - written
            let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            written = capacity - outLeft
            if result != -1 { break }
            let offset = input.count - inLeft
            switch errno {
            case E2BIG: ensureCapacity(capacity * 2)
            case EINVAL: return .truncated(offset: offset)
            default: return .invalid(offset: offset)
            }
        }
        return flush(inputCount: input.count)
    }

    /// Writes any pending shift sequence (none for the encodings regsync uses, but the
    /// iconv contract asks for it).
    private mutating func flush(inputCount: Int) -> Failure? {
        while true {
            var outPointer: UnsafeMutablePointer<CChar>? = (storage + written).assumingMemoryBound(to: CChar.self)
            var outLeft = capacity - written
            let result = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            written = capacity - outLeft
            if result != -1 { return nil }
            guard errno == E2BIG else { return .truncated(offset: inputCount) }
            ensureCapacity(capacity * 2)
        }
    }

    private mutating func ensureCapacity(_ needed: Int) {
        guard needed > capacity else { return }
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        newStorage.copyMemory(from: storage, byteCount: written)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
