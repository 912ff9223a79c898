// RegsyncStore
