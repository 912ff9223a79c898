// RegsyncTestSupport
