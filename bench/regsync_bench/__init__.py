"""The benchmark harness of regsync: one module per stage, run by scripts/bench (docs/benchmarks.md)."""
