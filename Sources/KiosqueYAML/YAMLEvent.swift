/// A libyaml parser event, copied into Swift values. Marks are libyaml's: 0-based.
enum YAMLEvent {
    case streamStart
    case streamEnd
    case documentStart(YAMLMark)
    case documentEnd
    case sequenceStart(anchor: String?, YAMLMark)
    case sequenceEnd
    case mappingStart(anchor: String?, YAMLMark)
    case mappingEnd
    case scalar(String, plain: Bool, anchor: String?, YAMLMark)
    case alias(String, YAMLMark)
}
