// RegsyncImport
