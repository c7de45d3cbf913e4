#!/usr/bin/env python3
"""startup_cpu: CPU time to the first frame, for comparing builds of chorus with each other.

startup_bench times the wall clock, which on a shared, loaded machine swings by ±0.5 in the
ratio between runs. This script instead reads how much CPU every thread of the process has
used (/proc/PID/task/*/schedstat) at the moment its startup probe line arrives, over many
rounds that alternate the programs, and prints medians and ratios to the first program named.
It is a tool for finding where start-up time goes (see bench/startup.cmake), not a gate.

Usage:
  bench/startup_cpu.py --store DIR [--rounds N] NAME=PROGRAM [NAME=PROGRAM ...]

  DIR holds an existing store (a data folder that opens on the unlock screen). A program whose
  file name contains "baseline" (build/bin/startup_baseline) is run without arguments; the
  others as chorus: PROGRAM --data-dir DIR --startup-probe. Example:
  bench/startup_cpu.py --store /tmp/store base=build/bin/startup_baseline new=build/bin/chorus \
      old=/tmp/chorus-old
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import time


def cpu_ms(pid):
    """The run time so far of every thread of the process, in milliseconds."""
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path, encoding="ascii") as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that ended between the listing and the read
    return total / 1e6


def run_once(program, store, env):
    """Starts the program, waits for its probe line; returns (CPU ms, wall ms) or None."""
    args = [program] if "baseline" in os.path.basename(program) else [
        program, "--data-dir", store, "--startup-probe"]
    start = time.perf_counter()
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          env=env) as proc:
        line = proc.stdout.readline()
        wall = (time.perf_counter() - start) * 1000
        cpu = cpu_ms(proc.pid)
        proc.wait()
    if b"startup-probe" not in line:
        return None
    return cpu, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="a data folder with a store")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("programs", nargs="+", metavar="NAME=PROGRAM")
    opts = parser.parse_args()
    programs = {}
    for item in opts.programs:
        name, sep, program = item.partition("=")
        if not sep or not os.access(program, os.X_OK):
            parser.error(f"not NAME=PROGRAM with an executable program: {item}")
        programs[name] = program

    # The same platform and renderer as startup_bench.
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_QUICK_BACKEND", "software")

    cpu = {name: [] for name in programs}
    wall = {name: [] for name in programs}
    for _ in range(opts.rounds):  # alternate, so drift in the machine's load hits all alike
        for name, program in programs.items():
            sample = run_once(program, opts.store, env)
            if sample is None:
                sys.exit(f"startup_cpu: no probe line from {program}")
            cpu[name].append(sample[0])
            wall[name].append(sample[1])

    first = next(iter(programs))
    cpu0, wall0 = statistics.median(cpu[first]), statistics.median(wall[first])
    print(f"startup_cpu: medians of {opts.rounds} alternated rounds, "
          f"load {os.getloadavg()[0]:.2f}")
    for name in programs:
        c, w = statistics.median(cpu[name]), statistics.median(wall[name])
        print(f"{name:>12}  cpu {c:6.1f} ms (x{c / cpu0:.2f})  wall {w:6.1f} ms (x{w / wall0:.2f})")


if __name__ == "__main__":
    main()
