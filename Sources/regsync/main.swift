import RegsyncCommands

await RegsyncCommand.runMain()
