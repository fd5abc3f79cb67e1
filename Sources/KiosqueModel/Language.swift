/// The portal's language: interface, diagnostics and metadata.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case fr, en

    /// Picks the French or the English text.
    public func pick(_ fr: String, _ en: String) -> String { self == .fr ? fr : en }
}
