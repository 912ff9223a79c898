import RegsyncCore

/// Dates as propagation uses them: packed `yyyymmdd` (0 unknown); see ``CivilDay``.
public typealias PropagationDate = CivilDay
