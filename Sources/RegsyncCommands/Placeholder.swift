// RegsyncCommands
