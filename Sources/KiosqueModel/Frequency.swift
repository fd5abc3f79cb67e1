/// How often a dataset is updated, with its EU authority-table code and ISO 8601 period.
public enum Frequency: String, Sendable, Hashable, CaseIterable {
    case continuous, daily, weekly, monthly, quarterly, semiannual, annual, irregular, never, unknown

    /// Code in the EU frequency authority table (`http://publications.europa.eu/resource/authority/frequency/…`).
    public var euCode: String {
        switch self {
        case .continuous: "UPDATE_CONT"
        case .daily: "DAILY"
        case .weekly: "WEEKLY"
        case .monthly: "MONTHLY"
        case .quarterly: "QUARTERLY"
        case .semiannual: "ANNUAL_2"
        case .annual: "ANNUAL"
        case .irregular: "IRREG"
        case .never: "NEVER"
        case .unknown: "UNKNOWN"
        }
    }

    /// ISO 8601 repeating interval, as data.json wants it (`R/P1Y`); nil when there is none.
    public var isoPeriodicity: String? {
        switch self {
        case .continuous: "R/PT1S"
        case .daily: "R/P1D"
        case .weekly: "R/P1W"
        case .monthly: "R/P1M"
        case .quarterly: "R/P3M"
        case .semiannual: "R/P6M"
        case .annual: "R/P1Y"
        case .irregular: "irregular"
        case .never, .unknown: nil
        }
    }

    /// The longest gap, in days, allowed before a dataset is late; nil when no rule applies.
    public var allowedDays: Int? {
        switch self {
        case .continuous, .daily: 2
        case .weekly: 8
        case .monthly: 32
        case .quarterly: 93
        case .semiannual: 185
        case .annual: 366
        case .irregular, .never, .unknown: nil
        }
    }

    public func label(_ language: Language) -> String {
        switch self {
        case .continuous: language.pick("en continu", "continuous")
        case .daily: language.pick("quotidienne", "daily")
        case .weekly: language.pick("hebdomadaire", "weekly")
        case .monthly: language.pick("mensuelle", "monthly")
        case .quarterly: language.pick("trimestrielle", "quarterly")
        case .semiannual: language.pick("semestrielle", "semiannual")
        case .annual: language.pick("annuelle", "annual")
        case .irregular: language.pick("irrégulière", "irregular")
        case .never: language.pick("jamais mise à jour", "never updated")
        case .unknown: language.pick("inconnue", "unknown")
        }
    }
}
