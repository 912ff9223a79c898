"""The benchmark's PostgreSQL: a private cluster under OUT/home (`regsync db start`), or the
server given with --database; databases per measurement, and the server's CPU time."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from .context import BenchError, Context, Timing
from .numbers import fixed


@dataclass
class Server:
    """A connection string to the benchmark server, and the postmaster when it is ours."""

    base_conn: str
    postmaster_pid: str
    note: str
    version: str
    started: bool
    home: Path

    def conn_for(self, database: str) -> str:
        """The connection string for one database on the server."""
        if re.match(r"^postgres(ql)?://", self.base_conn):
            return re.sub(
                r"^(postgres(ql)?://[^/?]*)(/[^?]*)?",
                lambda match: f"{match.group(1)}/{database}",
                self.base_conn,
                count=1,
            )
        return f"{self.base_conn} dbname={database}"

    def sql(self, conn: str, *arguments: str, capture: bool = False) -> str:
        """psql quietly, stopping on the first error; its output when `capture`."""
        environment = dict(os.environ, PGOPTIONS="--client-min-messages=warning")
        completed = subprocess.run(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conn, *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
            check=False,
        )
        if completed.returncode != 0:
            message = completed.stderr.decode("utf-8", errors="replace").strip()
            raise BenchError(f"psql failed: {message}")
        return completed.stdout.decode("utf-8", errors="replace") if capture else ""

    def checkpoint(self) -> None:
        """A CHECKPOINT, so one measurement does not pay for the previous one's dirty pages."""
        try:
            self.sql(self.base_conn, "-c", "CHECKPOINT")
        except BenchError:
            pass

    def fresh_database(self, context: Context, database: str) -> None:
        """Drops and creates a database and runs `regsync init` in it."""
        self.sql(
            self.base_conn, "-c", f"DROP DATABASE IF EXISTS {database}", "-c", f"CREATE DATABASE {database}"
        )
        with open(context.logs / "init.err", "ab") as errors:
            completed = subprocess.run(
                [str(context.binaries.regsync), "init", "--quiet", "--database", self.conn_for(database)],
                stdout=subprocess.DEVNULL,
                stderr=errors,
                check=False,
            )
        if completed.returncode != 0:
            raise BenchError(f"regsync init failed in {database} (see {context.logs}/init.err)")

    def drop_database(self, database: str) -> None:
        """Drops a database of the benchmark."""
        self.sql(self.base_conn, "-c", f"DROP DATABASE IF EXISTS {database}")

    def cpu_ticks(self) -> int | None:
        """CPU clock ticks of the private server: the postmaster (with the children it has reaped,
        i.e. backends of finished sessions) and its live children. None with --database."""
        if not self.postmaster_pid or not Path(f"/proc/{self.postmaster_pid}/stat").exists():
            return None
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                text = stat.read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            pid = text.split(" ", 1)[0]
            fields = text.rsplit(") ", 1)[-1].split(" ")
            if len(fields) < 15:
                continue
            if pid == self.postmaster_pid or fields[1] == self.postmaster_pid:
                total += sum(int(fields[index]) for index in (11, 12, 13, 14))
        return total

    def timed(
        self,
        context: Context,
        log: str,
        command: Sequence[str | Path],
        env: Mapping[str, str] | None = None,
    ) -> Timing:
        """`Context.timed`, plus the CPU seconds of the private server meanwhile."""
        before = self.cpu_ticks()
        timing = context.timed(log, command, env=env)
        time.sleep(0.3)  # let the server reap the session's backend
        after = self.cpu_ticks()
        server_cpu = ""
        if before is not None and after is not None:
            server_cpu = fixed((after - before) / os.sysconf("SC_CLK_TCK"), 2)
        return Timing(timing.status, timing.wall, timing.rss_kb, timing.cpu, server_cpu)

    def stop(self, context: Context) -> None:
        """Stops the private cluster if this run started it."""
        if self.started:
            subprocess.run(
                [str(context.binaries.regsync), "db", "stop", "--quiet"],
                env=dict(os.environ, REGSYNC_HOME=str(self.home)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )


def db_status(regsync: str, environment: Mapping[str, str]) -> str:
    """`regsync db status --quiet` of the private cluster (empty when it fails)."""
    return subprocess.run(
        [regsync, "db", "status", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
        check=False,
    ).stdout.decode("utf-8", errors="replace")


def start_server(context: Context) -> Server:
    """The private cluster under OUT/home (started when it is not running), or --database."""
    home = context.out / "home"
    if context.options.database:
        server = Server(context.options.database, "", "the server given with --database", "", False, home)
    else:
        regsync = str(context.binaries.regsync)
        environment = dict(os.environ, REGSYNC_HOME=str(home))
        status = db_status(regsync, environment)
        started = not re.search(r"^state: running", status, re.MULTILINE)
        with open(context.logs / "db-start.err", "wb") as errors:
            start = subprocess.run(
                [regsync, "db", "start", "--quiet"],
                stdout=subprocess.PIPE,
                stderr=errors,
                env=environment,
                check=False,
            )
        if start.returncode != 0:
            raise BenchError(f"the private PostgreSQL did not start (see {context.logs}/db-start.err)")
        base_conn = ""
        for line in start.stdout.decode("utf-8", errors="replace").splitlines():
            if line.startswith("connect: "):
                base_conn = line[len("connect: ") :]
        if not base_conn:
            raise BenchError(
                f"regsync db start printed no connection string (see {context.logs}/db-start.err)"
            )
        status = db_status(regsync, environment)
        cluster = ""
        for line in status.splitlines():
            if line.startswith("cluster: "):
                cluster = line[len("cluster: ") :]
        postmaster_pid = ""
        pid_file = Path(cluster) / "data" / "postmaster.pid"
        if cluster and pid_file.exists():
            postmaster_pid = pid_file.read_text(encoding="ascii").splitlines()[0].strip()
        server = Server(
            base_conn,
            postmaster_pid,
            "private cluster: `REGSYNC_HOME=OUT/home regsync db start`, Unix socket, regsync's settings",
            "",
            started,
            home,
        )
    try:
        server.sql(server.base_conn, "-c", "SELECT 1")
    except BenchError as error:
        server.stop(context)
        raise BenchError("cannot connect to the benchmark server") from error
    server.version = server.sql(server.base_conn, "-At", "-c", "SHOW server_version", capture=True).strip()
    return server


def sql_path(path: Path) -> str:
    """A file name as a quoted literal for psql's \\copy."""
    text = str(path).replace("'", "''")
    return f"'{text}'"
