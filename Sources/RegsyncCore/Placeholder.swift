// RegsyncCore
