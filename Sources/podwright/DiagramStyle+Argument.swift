import ArgumentParser
import PodEngine

extension DiagramStyle: ExpressibleByArgument {}
