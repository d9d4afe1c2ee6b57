/// A container of a design that has `ContainerSettings`: the main container and every companion.
protocol ContainerSettingsHolder: SendableMetatype {
    /// Its command, arguments, environment, data path and security profile.
    var settings: ContainerSettings { get set }
}

extension MainContainer: ContainerSettingsHolder {}

extension Companion: ContainerSettingsHolder {}
