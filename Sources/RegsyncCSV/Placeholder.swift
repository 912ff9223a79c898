// RegsyncCSV
