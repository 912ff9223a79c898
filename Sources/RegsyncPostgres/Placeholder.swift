// RegsyncPostgres
