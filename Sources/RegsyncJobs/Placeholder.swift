// RegsyncJobs
