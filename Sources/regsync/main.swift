import RegsyncCommands

RegsyncCommand.main()
