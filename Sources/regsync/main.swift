import RegsyncCommands

RegsyncCommand.runMain()
