"""Propagation stage (issue 10 item 12): applying N/10 address changes to an N-record vehicle
registry with `regsync propagate vehicle --approve-all` (set-based, audited, one audit row per change),
beside one hand-written `UPDATE … FROM` of the same changes on an identical copy of the database,
alternating, fastest of each; then `regsync rollback` of the batch."""

from __future__ import annotations

import json
import os

from .context import BenchError, Context, Timing, say
from .import_stage import regsync_import
from .numbers import DASH, commas, divide, fixed, or_dash, parse
from .server import Server

NAME = "propagate"
TEMPLATE = "regsync_bench_propagate"
WORK = "regsync_bench_propagate_run"

# The changes, planned as the planner would store them (proposed, policy propose) for every
# tenth registration with an owner address: the new address and key are another
# registration's, so the values written are real notations of the same data set.
PLAN_SQL = """
INSERT INTO regsync.change (registry, record_key, person_role, field, holder, kind, status, policy,
                            old_address, new_address, new_key, moved_on, evidence, planned_run_id)
SELECT 'vehicle', r.record_key, 'owner', 'owner_address', 'resident', 'move', 'proposed', 'propose',
       r.owner_address, n.owner_address, nk.owner_address_key, date '2026-11-01',
       '{"weight": 31.5, "source": "bench: planned by SQL"}', 'bench'
  FROM (SELECT record_key, owner_address, row_number() OVER (ORDER BY record_key) AS n
          FROM vehicle.registration WHERE owner_address IS NOT NULL AND removed_at IS NULL) r
  JOIN (SELECT record_key, owner_address, row_number() OVER (ORDER BY record_key) AS n
          FROM vehicle.registration WHERE owner_address IS NOT NULL AND removed_at IS NULL) n
    ON n.n = r.n + 5
  JOIN vehicle.registration_keys nk ON nk.record_key = n.record_key
 WHERE r.n % 10 = 0 AND n.owner_address <> r.owner_address;
ANALYZE regsync.change;
"""

# The peer: what a DBA would write by hand to apply the same changes to the registry — the
# address and its recorded day, where the registry still holds the old value; no audit, no
# keys, no change status.
HAND_WRITTEN_SQL = """
UPDATE vehicle.registration r
   SET owner_address = c.new_address, owner_address_recorded_on = current_date, updated_at = now()
  FROM regsync.change c
 WHERE c.registry = 'vehicle' AND c.status = 'proposed' AND c.field = 'owner_address'
   AND r.record_key = c.record_key AND r.removed_at IS NULL
   AND r.owner_address IS NOT DISTINCT FROM c.old_address;
"""


# What a rollback must restore: every owner's address and the day it was recorded.
REGISTRY_DIGEST = """SELECT md5(string_agg(concat_ws('|', owner_address, owner_address_recorded_on), ','
                    ORDER BY record_key)) FROM vehicle.registration"""


def count(server: Server, database: str, query: str) -> int:
    """One integer from a query."""
    text = server.sql(server.conn_for(database), "-At", "-c", query, capture=True).strip()
    return int(text or "0")


def copy_template(server: Server) -> None:
    """A fresh copy of the prepared database (file copy: both sides start from the same bytes)."""
    server.sql(
        server.base_conn,
        "-c",
        f"DROP DATABASE IF EXISTS {WORK}",
        "-c",
        f"CREATE DATABASE {WORK} TEMPLATE {TEMPLATE}",
    )
    server.sql(server.conn_for(WORK), "-c", "VACUUM ANALYZE")
    server.checkpoint()


def prepare(context: Context, server: Server) -> int:
    """The template: the headline vehicles file imported, its keys computed, the changes planned."""
    results = context.results
    server.fresh_database(context, TEMPLATE)
    say("propagate: importing vehicles.csv into the registry")
    run = regsync_import(
        context, server, "propagate-import", TEMPLATE, context.data / "vehicles.csv", "vehicle", "vehicle-legacy-cp932"
    )
    results.record("propagate", "registry", "records", run.read)
    say("propagate: computing the registry's keys (regsync match vehicle, empty resident register)")
    timing = context.timed(
        "propagate-keys",
        [context.binaries.regsync, "match", "vehicle", "--database", server.conn_for(TEMPLATE), "--quiet"],
        env={"REGSYNC_KEY_FILE": str(context.key_file)},
    )
    context.require_ok("propagate-keys", timing, 10)
    server.sql(server.conn_for(TEMPLATE), "-c", PLAN_SQL)
    changes = count(server, TEMPLATE, "SELECT count(*) FROM regsync.change WHERE status = 'proposed'")
    if changes == 0:
        raise BenchError("propagate: no change could be planned from the registry")
    results.record("propagate", "registry", "changes", changes)
    return changes


def run_regsync(context: Context, server: Server, index: int, changes: int) -> Timing:
    """`regsync propagate vehicle --approve-all` on a fresh copy; checks what it wrote, then
    times `regsync rollback` of the batch and checks the registry is back."""
    copy_template(server)
    conn = server.conn_for(WORK)
    before = server.sql(conn, "-At", "-c", REGISTRY_DIGEST, capture=True)
    log = f"propagate-regsync-{index}"
    summary = context.logs / f"{log}.summary.json"
    timing = server.timed(
        context,
        log,
        [context.binaries.regsync, "propagate", "vehicle", "--approve-all", "--actor", "bench", "--summary", summary, "--quiet"],
        env={"REGSYNC_DATABASE_URL": conn, "REGSYNC_KEY_FILE": str(context.key_file)},
    )
    context.require_ok(log, timing)
    counts = json.loads(summary.read_text(encoding="utf-8")).get("counts", {})
    applied = int(counts.get("applied", 0))
    written = count(
        server,
        WORK,
        """SELECT count(*) FROM regsync.change c JOIN vehicle.registration r USING (record_key)
            WHERE c.status = 'applied' AND r.owner_address = c.new_address""",
    )
    audited = count(server, WORK, "SELECT count(DISTINCT change_id) FROM regsync.audit WHERE action = 'apply'")
    if not applied == written == audited == changes:
        raise BenchError(f"propagate: {changes} changes, applied {applied}, in the registry {written}, audited {audited}")
    # The rows written have a new version: the next run's keys stage normalises them again
    # (and the matcher looks at those persons again).
    next_log = f"propagate-next-run-{index}"
    next_summary = context.logs / f"{next_log}.summary.json"
    next_run = server.timed(
        context,
        next_log,
        [context.binaries.regsync, "match", "vehicle", "--summary", next_summary, "--quiet"],
        env={"REGSYNC_DATABASE_URL": conn},
    )
    context.require_ok(next_log, next_run, 10)
    recomputed = int(json.loads(next_summary.read_text(encoding="utf-8")).get("counts", {}).get("keys_computed", 0))
    if recomputed < changes:
        raise BenchError(f"propagate: the next run recomputed the keys of {recomputed} rows, not the {changes} written")
    context.results.record("propagate", f"next-run-{index}", "wall_s", fixed(next_run.wall_seconds, 2))
    batch = str(counts.get("batch", ""))
    rollback_log = f"propagate-rollback-{index}"
    rollback = server.timed(
        context,
        rollback_log,
        [context.binaries.regsync, "rollback", batch, "--actor", "bench", "--quiet"],
        env={"REGSYNC_DATABASE_URL": conn},
    )
    context.require_ok(rollback_log, rollback)
    after = server.sql(conn, "-At", "-c", REGISTRY_DIGEST, capture=True)
    if after != before:
        raise BenchError("propagate: the rollback did not restore the registry's addresses and days")
    context.results.record("propagate", f"rollback-{index}", "wall_s", fixed(rollback.wall_seconds, 2))
    return timing


def run_hand_written(context: Context, server: Server, index: int, changes: int) -> Timing:
    """The same changes by one `UPDATE … FROM` through psql, on a fresh copy."""
    copy_template(server)
    conn = server.conn_for(WORK)
    log = f"propagate-update-from-{index}"
    timing = server.timed(context, log, ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conn, "-c", HAND_WRITTEN_SQL])
    context.require_ok(log, timing)
    written = count(
        server,
        WORK,
        """SELECT count(*) FROM regsync.change c JOIN vehicle.registration r USING (record_key)
            WHERE r.owner_address = c.new_address""",
    )
    if written != changes:
        raise BenchError(f"propagate: the hand-written UPDATE wrote {written} of {changes}")
    return timing


def run(context: Context, server: Server) -> None:
    """Prepare once; then alternate regsync and the hand-written statement; keep the fastest."""
    results = context.results
    changes = prepare(context, server)
    best: dict[str, float] = {}
    for index in range(1, max(context.options.runs, 1) + 1):
        for item, runner in (("regsync", run_regsync), ("update-from", run_hand_written)):
            say(f"propagate: {item}, run {index}")
            timing = runner(context, server, index, changes)
            results.record("propagate", f"{item}-{index}", "wall_s", fixed(timing.wall_seconds, 2))
            results.record("propagate", f"{item}-{index}", "rss_mb", timing.rss_mb)
            results.record("propagate", f"{item}-{index}", "server_cpu_s", timing.server_cpu)
            if item not in best or timing.wall_seconds < best[item]:
                best[item] = timing.wall_seconds
                results.record("propagate", item, "wall_s", fixed(timing.wall_seconds, 2))
                results.record("propagate", item, "rss_mb", timing.rss_mb)
    for item in ("rollback", "next-run"):
        walls = [
            parse(results.get("propagate", f"{item}-{index}", "wall_s")) for index in range(1, context.options.runs + 1)
        ]
        fastest = min((value for value in walls if value is not None), default=None)
        if fastest is not None:
            results.record("propagate", item, "wall_s", fixed(fastest, 2))
    for item in ("regsync", "update-from", "rollback", "next-run"):
        results.record("propagate", item, "changes_per_s", divide(str(changes), results.get("propagate", item, "wall_s"), 0))
    if not os.environ.get("REGSYNC_BENCH_KEEP_DATABASES"):
        server.drop_database(WORK)
        server.drop_database(TEMPLATE)


def report(context: Context) -> list[str]:
    """The section of the report."""
    get = context.results.get
    regsync_rate = get("propagate", "regsync", "changes_per_s")
    peer_rate = get("propagate", "update-from", "changes_per_s")
    ratio = divide(regsync_rate, peer_rate, 2)
    value = parse(ratio)
    must = DASH if value is None else ("met" if value >= 0.3 else "**not met**")
    goal = DASH if value is None else ("met" if value >= 0.6 else "**not met**")
    return [
        "## Propagation",
        "",
        f"Applying {commas(get('propagate', 'registry', 'changes'))} address changes to a registry of "
        f"{commas(get('propagate', 'registry', 'records'))} vehicle registrations (the headline file, imported; keys",
        "computed; every tenth owner given another registration's address as a proposed change).",
        "**regsync**: `regsync propagate vehicle --approve-all`, the whole process — one transaction, per column one",
        "set-based statement that writes the address and its recorded day where the registry still holds the old value,",
        "one audit row per change (address and recorded day, before and after; sealed into the audit's hash chain),",
        "the changes marked applied (the rows'",
        "comparison keys are left to the next keys stage, as for any edited row). **UPDATE … FROM**: the same changes",
        "written by one hand-written statement through `psql` (address and day only: no audit, keys or status).",
        "Each run on a fresh copy of one prepared database,",
        f"alternating, fastest of {context.options.runs}; every run checks that each change was written (and audited).",
        "",
        "| | wall s | changes/s | peak RSS MB |",
        "|---|---:|---:|---:|",
        f"| regsync propagate --approve-all | {or_dash(get('propagate', 'regsync', 'wall_s'))} | {commas(regsync_rate)} | {or_dash(get('propagate', 'regsync', 'rss_mb'))} |",
        f"| hand-written UPDATE … FROM | {or_dash(get('propagate', 'update-from', 'wall_s'))} | {commas(peer_rate)} | {or_dash(get('propagate', 'update-from', 'rss_mb'))} |",
        f"| next run: `regsync match vehicle` (keys of the rows written computed again, those persons matched again) | {or_dash(get('propagate', 'next-run', 'wall_s'))} | {commas(get('propagate', 'next-run', 'changes_per_s'))} | |",
        f"| regsync rollback of the batch (registry checked equal to before) | {or_dash(get('propagate', 'rollback', 'wall_s'))} | {commas(get('propagate', 'rollback', 'changes_per_s'))} | |",
        "",
        f"Ratio regsync ÷ UPDATE … FROM: **{or_dash(ratio)}×** — Must ≥ 0.3×: {must}; Goal ≥ 0.6×: {goal}.",
        "",
    ]
