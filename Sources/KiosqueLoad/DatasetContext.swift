import KiosqueModel

/// What every dataset descriptor is checked against, known before the datasets are read.
struct DatasetContext: Sendable {
    let organizationIDs: [String]
    let themeIDs: [String]
    let defaultOrganization: String?
    let messages: Messages
    let previewRows: Int
}
