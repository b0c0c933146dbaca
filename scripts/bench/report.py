#!/usr/bin/env python3
"""Summarises the benchmark rows (name, subject, unit, samples) into one markdown table: per
benchmark, each subject's runs, min and median, and the ratio of ride's median to each peer's.

usage: report.py RESULTS.tsv
"""
import statistics
import sys

rows = {}
order = []
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 4:
        continue
    name, subject, unit, values = parts[0], parts[1], parts[2], [float(v) for v in parts[3].split()]
    if name not in rows:
        rows[name] = {}
        order.append(name)
    rows[name][subject] = (unit, values)

print("| benchmark | subject | runs | min | median | ride ÷ this |")
print("|---|---|---:|---:|---:|---:|")
for name in order:
    ride = rows[name].get("ride")
    for subject, (unit, values) in rows[name].items():
        if not values:
            print(f"| {name} | {subject} | 0 | – | – | – |")
            continue
        med = statistics.median(values)
        ratio = "–"
        if subject != "ride" and ride and ride[1] and med > 0:
            ratio = f"{statistics.median(ride[1]) / med:.2f}"
        print(f"| {name} | {subject} | {len(values)} | {min(values):g} {unit} | {med:g} {unit} | {ratio} |")
