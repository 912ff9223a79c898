"""What every stage shares: the options, the work folder, the recorded figures, the timing of
processes by the operating system (`/usr/bin/time -v`), and facts about the machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from .numbers import fixed


class BenchError(Exception):
    """A failure that stops the benchmark, with a message for the person who ran it."""


def say(message: str) -> None:
    """Progress on stderr, as `== message`."""
    print(f"== {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Options:
    """The command line of `scripts/bench`, checked."""

    size: str = "1m"
    rows: int = 1_000_000
    out: Path = Path("bench-work")
    report: Path = Path("BENCHMARKS.md")
    database: str = ""
    memory: str = "auto"
    memory_rows: int = 12_000_000
    stages: tuple[str, ...] = ()
    reuse_data: bool = False
    seed: int = 1
    runs: int = 3
    note: str = ""
    peers: bool = True
    peer_venv: Path | None = None
    command_line: str = "scripts/bench"


@dataclass(frozen=True)
class Timing:
    """The operating system's accounting of one process: exit status, wall seconds, peak RSS,
    user + system CPU seconds; server CPU seconds of the private cluster meanwhile, when known."""

    status: int
    wall: str
    rss_kb: int
    cpu: str
    server_cpu: str = ""

    @property
    def wall_seconds(self) -> float:
        """The wall time as a number."""
        return float(self.wall)

    @property
    def rss_mb(self) -> str:
        """Peak RSS in MB (1,024 kB), one decimal."""
        return fixed(self.rss_kb / 1024, 1)


def parse_time_output(text: str) -> tuple[str, int, str]:
    """Wall (s, two decimals, at least 0.01), peak RSS (kB) and user + system CPU (s) from the
    output of `/usr/bin/time -v`."""
    wall = 0.0
    rss_kb = 0
    cpu = 0.0
    for line in text.splitlines():
        name, _, value = line.strip().partition(": ")
        if name.startswith("Elapsed (wall clock) time"):
            seconds = 0.0
            for part in value.split(":"):
                seconds = seconds * 60 + float(part)
            wall = seconds
        elif name == "Maximum resident set size (kbytes)":
            rss_kb = int(value)
        elif name in ("User time (seconds)", "System time (seconds)"):
            cpu += float(value)
    return fixed(max(wall, 0.01), 2), rss_kb, fixed(cpu, 2)


class Results:
    """The recorded figures: kept for the report and appended to results.tsv as they come."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[tuple[str, str, str], str] = {}
        path.write_text("stage\titem\tmetric\tvalue\n", encoding="utf-8")

    def record(self, stage: str, item: str, metric: str, value: str | int) -> None:
        """Keeps a figure (the last one recorded wins) and appends it to results.tsv."""
        text = str(value)
        self._values[(stage, item, metric)] = text
        with self.path.open("a", encoding="utf-8") as tsv:
            tsv.write(f"{stage}\t{item}\t{metric}\t{text}\n")

    def get(self, stage: str, item: str, metric: str) -> str:
        """A recorded figure, or empty."""
        return self._values.get((stage, item, metric), "")

    def items(self) -> list[tuple[tuple[str, str, str], str]]:
        """Every recorded figure, keyed (stage, item, metric)."""
        return list(self._values.items())

    def record_timing(self, stage: str, item: str, prefix: str, timing: Timing) -> None:
        """Records wall, peak RSS (MB) and CPU of a timed process."""
        self.record(stage, item, f"{prefix}_wall_s", timing.wall)
        self.record(stage, item, f"{prefix}_rss_mb", timing.rss_mb)
        self.record(stage, item, f"{prefix}_cpu_s", timing.cpu)


def value_of(key: str, path: Path) -> str:
    """The value of KEY=... on the last line of a file that has it (key=value lines of the tools)."""
    if not path.exists():
        return ""
    pattern = re.compile(rf"(?:^| ){re.escape(key)}=([^ \n]*)")
    found = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        matches = pattern.findall(line)
        if matches:
            found = matches[-1]
    return found.rsplit("=", 1)[-1]


@dataclass(frozen=True)
class Binaries:
    """The release binaries under test."""

    regsync: Path
    synth: Path
    bench: Path


@dataclass
class Context:
    """The options, folders, binaries and recorded figures of one benchmark run."""

    options: Options
    repo: Path
    out: Path
    binaries: Binaries
    results: Results
    key_file: Path
    pin: list[str] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> Path:
        """The generated data set."""
        return self.out / "data"

    @property
    def logs(self) -> Path:
        """Every process's stdout, stderr and `/usr/bin/time -v` output."""
        return self.out / "logs"

    def mapping(self, name: str) -> Path:
        """A shipped mapping."""
        return self.repo / "mappings" / f"{name}.yaml"

    def timed(
        self,
        log: str,
        command: Sequence[str | Path],
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> Timing:
        """Runs a command under `/usr/bin/time -v` (stdout to LOG.out, stderr to LOG.err, the
        accounting to LOG.time) and returns the operating system's figures for it."""
        base = self.logs / log
        environment = dict(os.environ)
        if env is not None:
            environment.update(env)
        arguments = ["/usr/bin/time", "-v", "-o", f"{base}.time", *[str(part) for part in command]]
        with open(f"{base}.out", "wb") as stdout, open(f"{base}.err", "wb") as stderr:
            status = subprocess.run(
                arguments, stdout=stdout, stderr=stderr, env=environment, cwd=cwd, check=False
            ).returncode
        time_text = Path(f"{base}.time").read_text(encoding="utf-8", errors="replace")
        wall, rss_kb, cpu = parse_time_output(time_text)
        return Timing(status=status, wall=wall, rss_kb=rss_kb, cpu=cpu)

    def require_ok(self, log: str, timing: Timing, *allowed: int) -> None:
        """Stops with the log's tail unless the process ended with 0 or an allowed status."""
        if timing.status == 0 or timing.status in allowed:
            return
        tail = tail_lines(self.logs / f"{log}.err", 20)
        if tail:
            print(tail, file=sys.stderr)
        raise BenchError(
            f"{log} failed with exit status {timing.status} (logs in {self.logs}/{log}.*)"
        )

    def log_text(self, log: str, suffix: str) -> str:
        """The text of a log file (empty when absent)."""
        path = self.logs / f"{log}.{suffix}"
        if not path.exists():
            return ""
        return path.read_text(encoding="utf-8", errors="replace")

    def stage_wanted(self, stage: str) -> bool:
        """True when --stages names the stage, or no --stages was given."""
        return not self.options.stages or stage in self.options.stages


def tail_lines(path: Path, count: int) -> str:
    """The last lines of a text file, or empty."""
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(lines[-count:])


def run_text(command: Sequence[str | Path], env: Mapping[str, str] | None = None) -> str:
    """A command's stdout (stderr dropped), or empty when it cannot run."""
    environment = dict(os.environ)
    if env is not None:
        environment.update(env)
    try:
        completed = subprocess.run(
            [str(part) for part in command],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=environment,
            check=False,
        )
    except OSError:
        return ""
    return completed.stdout.decode("utf-8", errors="replace")


def utc_now() -> str:
    """The time as the report writes it."""
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())


def load_average() -> str:
    """The 1, 5 and 15 minute load averages."""
    return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])


@dataclass(frozen=True)
class Machine:
    """What the report says about the machine."""

    cores: int
    cpu: str
    memory_gib: str
    kernel: str


def machine() -> Machine:
    """Cores available to this process, processor model, memory and kernel."""
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("model name"):
            cpu = line.split(": ", 1)[1] if ": " in line else ""
            break
    memory_gib = ""
    for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
        if line.startswith("MemTotal"):
            memory_gib = fixed(int(line.split()[1]) / 1048576, 1)
    uname = os.uname()
    return Machine(
        cores=len(os.sched_getaffinity(0)),
        cpu=cpu,
        memory_gib=memory_gib,
        kernel=f"{uname.sysname} {uname.release}",
    )


def pin_command() -> list[str]:
    """`taskset -c 0` when it works here, to pin single-thread measurements to one core."""
    if shutil.which("taskset") is None:
        return []
    ok = subprocess.run(
        ["taskset", "-c", "0", "true"], stderr=subprocess.DEVNULL, check=False
    ).returncode
    return ["taskset", "-c", "0"] if ok == 0 else []


def command_available(context: Context, *arguments: str) -> bool:
    """Whether `regsync ARGUMENTS --help` succeeds and shows that command's usage (for an unknown
    subcommand the argument parser prints the top-level help, also with status 0)."""
    completed = subprocess.run(
        [str(context.binaries.regsync), *arguments, "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        check=False,
    )
    usage = re.escape("USAGE: regsync " + " ".join(arguments))
    text = completed.stdout.decode("utf-8", errors="replace")
    return completed.returncode == 0 and re.search(usage + r"(\s|$)", text) is not None
