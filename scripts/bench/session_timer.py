#!/usr/bin/env python3
"""Times operations inside ONE ride session: feeds stdin_file to the command and prints, in ms, the
gaps between consecutive output lines that match PATTERN (ride flushes after every ':' command, so
a line's arrival is the moment its command finished: the gap is one command, reconnect included).

usage: session_timer.py PATTERN STDIN_FILE COMMAND...
(TIMER_DIGITS=3 prints microseconds, as 0.123 ms: gaps of about a tenth of a millisecond.)
"""
import re
import subprocess
import sys
import os
import time

pattern, stdin_file, command = re.compile(sys.argv[1]), sys.argv[2], sys.argv[3:]
with open(stdin_file, "rb") as stdin:
    proc = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    stamps = []
    for line in proc.stdout:
        if pattern.search(line.decode("utf-8", "replace")):
            stamps.append(time.monotonic())
    proc.wait()
digits = int(os.environ.get("TIMER_DIGITS", "1"))
print(" ".join(f"{(b - a) * 1000:.{digits}f}" for a, b in zip(stamps, stamps[1:])))
