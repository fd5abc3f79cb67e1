internal import CYAML

/// Pulls events out of libyaml's event parser, one at a time.
///
/// The reader owns a copy of the input and the `yaml_parser_t`; both are released when it goes away.
/// It is the only place that touches libyaml.
final class YAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var isInitialized = false
    private var isFinished = false

    init(_ bytes: [UInt8]) {
        parser = .allocate(capacity: 1)
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        isInitialized = yaml_parser_initialize(parser) == 1
        if isInitialized {
            yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        }
    }

    deinit {
        if isInitialized { yaml_parser_delete(parser) }
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, nil after the end of the stream, or the problem libyaml stopped on.
    func next() -> Result<YAMLEvent, YAMLSyntaxProblem>? {
        guard !isFinished else { return nil }
        guard isInitialized else {
            isFinished = true
            return .failure(YAMLSyntaxProblem(stage: .memory, problem: "cannot initialize the parser",
                                              mark: YAMLMark(line: 0, column: 0), offset: 0))
        }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            isFinished = true
            return .failure(problem())
        }
        defer { yaml_event_delete(&event) }
        let converted = Self.convert(event)
        if case .streamEnd = converted { isFinished = true }
        return .success(converted)
    }

    private func problem() -> YAMLSyntaxProblem {
        let state = parser.pointee
        let stage: YAMLSyntaxProblem.Stage = switch state.error {
        case YAML_READER_ERROR: .reader
        case YAML_SCANNER_ERROR: .scanner
        case YAML_PARSER_ERROR: .parser
        default: .memory
        }
        let context = state.context.map { String(cString: $0) }
        return YAMLSyntaxProblem(
            stage: stage,
            problem: state.problem.map { String(cString: $0) } ?? "unknown error",
            context: context,
            mark: Self.mark(state.problem_mark),
            contextMark: context == nil ? nil : Self.mark(state.context_mark),
            offset: Int(state.problem_offset))
    }

    private static func convert(_ event: yaml_event_t) -> YAMLEvent {
        let mark = mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: string(event.data.sequence_start.anchor), mark)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: string(event.data.mapping_start.anchor), mark)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            } ?? ""
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
            return .scalar(text, plain: plain, anchor: string(scalar.anchor), mark)
        case YAML_ALIAS_EVENT:
            return .alias(string(event.data.alias.anchor) ?? "", mark)
        default:
            return .streamEnd
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line), column: Int(mark.column))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
