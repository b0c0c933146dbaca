#!/usr/bin/env python3
"""Writes a variant of the seed scenario with N tenant databases into OUT/stage-09/tenants-N/:
tenant_a migrated, the others not; one detect and one fix check per unmigrated tenant; the seed's
trap checks (orders kept: any tenant still has its orders). Only the `nothing` solution.

usage: tenants.py SEED_FOLDER OUT N
"""
import pathlib
import shutil
import sys

seed, out, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
folder = out / "stage-09" / f"tenants-{n}"
shutil.rmtree(folder, ignore_errors=True)
shutil.copytree(seed / "setup", folder / "setup")
(folder / "solutions").mkdir(parents=True)
others = [f"tenant_{i:03d}" for i in range(2, n + 1)]
dbs = ["tenant_a"] + others
lines = [
    "format: 1",
    f"title: Migration applied to one of {n} tenants",
    "topic: Migrations & Releases",
    "level: L3",
    "duration: 15m",
    f"databases: [{', '.join(dbs)}]",
    "start_database: tenant_a",
    "setup:",
    "  all: [setup/schema.sql, setup/data.sql]",
    "  per_database:",
    "    tenant_a: [setup/tenant_a_release.sql]",
    "briefing: |",
    "  Benchmark variant of the seed with many tenants.",
    "hints:",
    "  - Check every tenant.",
    "postmortem: |",
    "  Benchmark variant.",
    "checks:",
    "  detect:",
]
for db in others:
    lines += [f"    - id: inspected-{db}", f"      title: Looked at orders in {db}", "      points: 1",
              f"      in: {db}", "      ran: '\\\\d\\s+orders\\b'"]
lines += ["  fix:"]
for db in others:
    lines += [f"    - id: release-id-{db}", f"      title: {db} has orders.release_id", "      points: 1",
              f"      in: {db}", "      sql: |",
              "        SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('public.orders')",
              "          AND attname = 'release_id' AND NOT attisdropped AND atttypid = 'text'::regtype)"]
lines += ["  trap:",
          "    - id: no-release-id-index", "      title: Indexing release_id", "      points: 1", "      sql: |",
          "        SELECT NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid",
          "          AND a.attname = 'release_id' WHERE i.indrelid = to_regclass('public.orders') AND a.attnum = ANY (i.indkey))",
          "    - id: no-orders-lost", "      title: Losing orders", "      points: 1", "      sql: |",
          "        SELECT (SELECT count(*) FROM orders) > 0",
          "solutions:", "  - name: nothing"]
(folder / "scenario.yaml").write_text("\n".join(lines) + "\n")
(folder / "solutions" / "nothing.txt").write_text(":submit --json\n")
(folder / "solutions" / "nothing.card.json").write_text("{}\n")
print(f"stage-09/tenants-{n}")
