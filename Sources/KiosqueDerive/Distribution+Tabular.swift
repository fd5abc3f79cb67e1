import KiosqueModel

extension Distribution {
    /// CSV and TSV files: what Table Schemas and Data Packages describe.
    var isTabular: Bool { ["CSV", "TSV"].contains(format.uppercased()) }
}
