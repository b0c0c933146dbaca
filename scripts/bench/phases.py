#!/usr/bin/env python3
"""Turns the start traces of several runs (RIDE_TRACE_START=1 lines on stderr, e.g.
"ride docker start: ready, login, new password   1210 ms (at 1530 ms)") into benchmark rows,
one per phase with one sample per run, so that a start figure says where its time went. Given
each run's start-to-prompt seconds too, one more row holds what the traced steps do not cover
(the shell, the scenario's actors, the first answer). Parts that start beside the steps (a
topology's primary, standbys and pooler: "ride docker start:   | replica: streaming, caught up
812 ms, ended at 1930 ms") get rows of their own with the moment each ended (ms since the
engine's start began), which the rest does not subtract.

usage: phases.py NAME TRACE_FILE [PROMPT_SECONDS...]   (rows go to stdout in lib.sh's format)
"""
import re
import sys

name, path, prompts = sys.argv[1], sys.argv[2], [float(p) for p in sys.argv[3:]]
line_re = re.compile(r"^ride docker start: (.+?)\s+(\d+) ms \(at\s+\d+ ms\)$")
beside_re = re.compile(r"^ride docker start:\s+\| (.+?)\s+\d+ ms, ended at\s+(\d+) ms$")
runs = []  # one dict (phase -> ms) per run; a run starts again at its first phase
order = []
besides = []  # (run index, part, ended at ms)
beside_order = []
for line in open(path, encoding="utf-8", errors="replace"):
    b = beside_re.match(line.rstrip("\n"))
    if b:
        part = b.group(1).strip()
        besides.append((len(runs) - 1, part, int(b.group(2))))
        if part not in beside_order:
            beside_order.append(part)
        continue
    m = line_re.match(line.rstrip("\n"))
    if not m:
        continue
    phase, ms = m.group(1).strip(), int(m.group(2))
    if not runs or phase in runs[-1] or (order and phase == order[0]):
        runs.append({})
    runs[-1][phase] = ms
    if phase not in order:
        order.append(phase)
for phase in order:
    samples = [str(run[phase]) for run in runs if phase in run]
    print(f"{name}, phase: {phase}\tride\tms\t{' '.join(samples)}")
for part in beside_order:
    samples = [str(ms) for _, p, ms in besides if p == part]
    print(f"{name}, beside: {part} (ended at)\tride\tms\t{' '.join(samples)}")
if prompts and len(prompts) == len(runs):
    rest = [str(max(0, round(p * 1000 - sum(run.values())))) for p, run in zip(prompts, runs)]
    print(f"{name}, phase: the rest (shell, actors, first answer)\tride\tms\t{' '.join(rest)}")
