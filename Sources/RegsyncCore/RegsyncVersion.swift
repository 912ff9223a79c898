/// The version of regsync, printed by `--version` and recorded with each run.
public enum RegsyncVersion {
    public static let current = "0.1.0"
}
