import Foundation
import KiosqueModel

/// The ways to narrow the list of datasets, each value named by a stable key (a slug) that the search index, the
/// browser and the pages of `datasets/<facet>/<key>/` share.
public enum SearchFacet: String, Sendable, CaseIterable {
    case theme, organization, keyword, format, license

    /// One value of a facet over the whole catalog.
    public struct Value: Sendable, Equatable {
        public let key: String
        public let label: String
        /// Ids of the datasets that have it, sorted.
        public let datasetIDs: [String]
    }

    /// The keys of this facet for a dataset, without repetition.
    public func keys(of dataset: Dataset) -> [String] {
        var keys: [String] = []
        func add(_ key: String) { if !key.isEmpty, !keys.contains(key) { keys.append(key) } }
        switch self {
        case .theme: dataset.themeIDs.forEach(add)
        case .organization: add(dataset.organizationID)
        case .keyword: dataset.keywords.forEach { add(Self.slug($0)) }
        case .format: dataset.distributions.forEach { add(Self.slug($0.format)) }
        case .license: add(Self.licenseKey(dataset.license))
        }
        return keys
    }

    /// Every facet's values, in `allCases` order: `values(in:)` of each.
    /// The facets are counted at the same time, on every core: every page waits for them.
    public static func allValues(in catalog: Catalog) -> [(facet: SearchFacet, values: [Value])] {
        let facets = allCases
        let values = [[Value]](unsafeUninitializedCapacity: facets.count) { buffer, count in
            let base = SendablePointer(pointer: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: facets.count) { index in
                (base.pointer! + index).initialize(to: facets[index].values(in: catalog))
            }
            count = facets.count
        }
        return Array(zip(facets, values)).map { (facet: $0.0, values: $0.1) }
    }

    /// Every value of this facet in the catalog, most used first, then by label.
    public func values(in catalog: Catalog) -> [Value] {
        var ids: [String: [String]] = [:]
        var labels: [String: [String: Int]] = [:]
        // Each spelling slugged once; datasets read field by field (a whole `Dataset` is never copied).
        var slugs: [String: String] = [:]
        func slugged(_ text: String) -> String {
            if let slug = slugs[text] { return slug }
            let slug = Self.slug(text)
            slugs[text] = slug
            return slug
        }
        let datasets = catalog.datasets
        var keys: [String] = []
        for position in datasets.indices {
            keys.removeAll(keepingCapacity: true)
            func add(_ key: String) { if !key.isEmpty, !keys.contains(key) { keys.append(key) } }
            switch self {
            case .theme: datasets[position].themeIDs.forEach(add)
            case .organization: add(datasets[position].organizationID)
            case .keyword:
                for keyword in datasets[position].keywords {
                    let key = slugged(keyword)
                    add(key)
                    labels[key, default: [:]][keyword, default: 0] += 1
                }
            case .format:
                let distributions = datasets[position].distributions
                for index in distributions.indices {
                    let format = distributions[index].format
                    let key = slugged(format)
                    add(key)
                    labels[key, default: [:]][format, default: 0] += 1
                }
            case .license:
                let license = datasets[position].license
                add(slugged(license.id ?? license.title))
            }
            let id = datasets[position].id
            for key in keys { ids[key, default: []].append(id) }
        }
        let values = ids.map { key, datasets -> (Value, String) in
            let value = Value(key: key, label: label(for: key, catalog: catalog, spellings: labels[key] ?? [:]), datasetIDs: datasets.sorted())
            return (value, TextAnalyzer.fold(value.label))
        }
        return values.sorted { a, b in
            a.0.datasetIDs.count != b.0.datasetIDs.count ? a.0.datasetIDs.count > b.0.datasetIDs.count : (a.1, a.0.key) < (b.1, b.0.key)
        }.map(\.0)
    }

    private func label(for key: String, catalog: Catalog, spellings: [String: Int]) -> String {
        switch self {
        case .theme: return catalog.theme(key)?.label ?? key
        case .organization: return catalog.organization(key)?.name ?? key
        case .license:
            return catalog.datasets.lazy.map(\.license).first { Self.licenseKey($0) == key }?.title ?? key
        case .keyword, .format:
            // The spelling used most, then the first in order.
            return spellings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key ?? key
        }
    }

    static func licenseKey(_ license: License) -> String { slug(license.id ?? license.title) }

    /// Lower-case ASCII letters and digits joined by single hyphens (`Patrimoine arboré` → `patrimoine-arbore`).
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in TextAnalyzer.fold(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
