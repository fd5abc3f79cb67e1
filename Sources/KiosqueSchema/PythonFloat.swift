/// How Python prints floats (`repr`), close enough for notes: `1.0`, `0.5`, `1e+16`, `nan`, `inf`.
enum PythonFloat {
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), abs(value) < 1e16 { return String(Int64(value)) + ".0" }
        return String(value)
    }
}
