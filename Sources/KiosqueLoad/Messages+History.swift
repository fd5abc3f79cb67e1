extension Messages {
    func historyVersions(_ value: String, maximum: Int) -> String {
        language.pick("« history.versions » doit être un nombre entier de 0 à \(maximum), pas « \(value) »",
                      "'history.versions' must be a whole number from 0 to \(maximum), not '\(value)'")
    }
}
