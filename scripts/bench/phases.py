#!/usr/bin/env python3
"""Turns the start traces of several runs (RIDE_TRACE_START=1 lines on stderr, e.g.
"ride docker start: ready, login, new password   1210 ms (at 1530 ms)") into benchmark rows,
one per phase with one sample per run, so that a start figure says where its time went. Given
each run's start-to-prompt seconds too, one more row holds what the traced steps do not cover
(the shell, the scenario's actors, the first answer).

usage: phases.py NAME TRACE_FILE [PROMPT_SECONDS...]   (rows go to stdout in lib.sh's format)
"""
import re
import sys

name, path, prompts = sys.argv[1], sys.argv[2], [float(p) for p in sys.argv[3:]]
line_re = re.compile(r"^ride docker start: (.+?)\s+(\d+) ms \(at\s+\d+ ms\)$")
runs = []  # one dict (phase -> ms) per run; a run starts again at its first phase
order = []
for line in open(path, encoding="utf-8", errors="replace"):
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
if prompts and len(prompts) == len(runs):
    rest = [str(max(0, round(p * 1000 - sum(run.values())))) for p, run in zip(prompts, runs)]
    print(f"{name}, phase: the rest (shell, actors, first answer)\tride\tms\t{' '.join(rest)}")
