import PodModel

/// An entry of the image catalogue offered on a companion's name or image step: picking it fills in the image (and a
/// name), so that the answers the catalogue knows for it are preselected.
public struct ImagePreset: Hashable, Sendable {
    /// The catalogue's entry.
    public let entry: ImageEntry
    /// The image reference it fills in: the entry's first pattern that names a repository or a path (`postgres`,
    /// `mssql/server`), without a tag, which the person adds.
    public let image: String

    /// Every entry that can be picked, in catalogue order: those with a repository or path that the catalogue reads
    /// back as the same entry (not `exporter`, which only matches `*-exporter`).
    public static let all: [ImagePreset] = ImageCatalogue.entries.compactMap { entry in
        guard let image = entry.match.first(where: { !$0.hasPrefix("*") }), ImageCatalogue.entry(for: image)?.name == entry.name
        else { return nil }
        return ImagePreset(entry: entry, image: image)
    }

    /// The names a preset is found by as a person types: its entry's name, then its repositories and paths.
    var searchNames: [String] { [entry.name] + entry.match.filter { !$0.hasPrefix("*") } }

    /// The presets that fit typed text (an image reference, or part of one): first those with a name that starts with
    /// its repository, then those with a name that contains it, each in catalogue order; every preset for no text.
    public static func matching(_ typed: String) -> [ImagePreset] {
        let query = ImageName.repository(of: typed.trimmingSpaces)
        guard !query.isEmpty else { return all }
        let starting = all.filter { $0.searchNames.contains { $0.hasPrefix(query) } }
        let containing = all.filter { preset in
            !starting.contains(preset) && preset.searchNames.contains { $0.contains(query) }
        }
        return starting + containing
    }
}
