#!/usr/bin/env python3
"""Runs a command (stdin inherited, stderr discarded) and prints two wall times in seconds:
until the first line reaches its stdout, and until it exits. For `ride postgres start` fed
"select 1;" that first line is the answer's header: the shell was up and the sandbox answered,
which is what a learner waits for; the second figure adds the clean-up at \\q."""
import subprocess
import sys
import time

start = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
proc.stdout.readline()
first = time.monotonic()
proc.stdout.read()
proc.wait()
done = time.monotonic()
print(f"{first - start:.3f} {done - start:.3f}")
