"""`python3 -m regsync_bench`: the benchmark harness behind scripts/bench (docs/benchmarks.md)."""

import sys

from .cli import main

sys.exit(main(sys.argv[1:]))
