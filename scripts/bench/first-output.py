#!/usr/bin/env python3
"""Runs a command (stdin inherited, stderr discarded, or appended to the file named by
BENCH_STDERR) and prints two wall times in seconds:
until the first line reaches its stdout, and until it exits. For `ride postgres start` fed
"select 1;" that first line is the answer's header: the shell was up and the sandbox answered,
which is what a learner waits for; the second figure adds the clean-up at \\q."""
import os
import subprocess
import sys
import time

err = open(os.environ["BENCH_STDERR"], "ab") if os.environ.get("BENCH_STDERR") else subprocess.DEVNULL
start = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=err)
proc.stdout.readline()
first = time.monotonic()
proc.stdout.read()
proc.wait()
done = time.monotonic()
print(f"{first - start:.3f} {done - start:.3f}")
