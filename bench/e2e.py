#!/usr/bin/python3
"""One end-to-end run of `claimgraph build` for bench/run.sh, measured.

  e2e.py --claimgraph BIN --corpus DIR --jobs N --output FILE [--label TEXT]

FILE's extension names the format; "NAME.csv/" (a folder) asks for CSV.

Runs `BIN build ep-* -o FILE -j N` inside DIR (relative names keep the
command line short at 10,000 files) under /usr/bin/time -v, and prints one
JSON line: corpus bytes and episodes, wall, user and system seconds, MB/s of
transcript (by wall time and by CPU time) and peak resident memory in MB.
Exits non-zero, printing claimgraph's errors, when the build fails.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile


def parse_time(text):
    """Reads the fields we need from GNU time -v output."""
    fields = {}
    for line in text.splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    wall = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"]
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    return {
        "wall_s": seconds,
        "user_s": float(fields["User time (seconds)"]),
        "sys_s": float(fields["System time (seconds)"]),
        "peak_mb": int(fields["Maximum resident set size (kbytes)"]) / 1024.0,
    }


def output_size(path):
    """Bytes written: the file, or the files of a folder (CSV writes two)."""
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    return os.path.getsize(path)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--claimgraph", required=True)
    p.add_argument("--corpus", required=True)
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--output", required=True)
    p.add_argument("--label", default="")
    args = p.parse_args()

    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(args.corpus, "ep-*")))
    if not files:
        sys.exit("e2e: no ep-* files in " + args.corpus)
    size = sum(os.path.getsize(os.path.join(args.corpus, f)) for f in files)
    # A trailing "/" names a folder, which is how CSV output is asked for.
    output = os.path.abspath(args.output) + ("/" if args.output.endswith("/") else "")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        cmd = ["/usr/bin/time", "-v", "-o", timing.name,
               os.path.abspath(args.claimgraph), "build", "-q",
               "-j", str(args.jobs), "-o", output] + files
        run = subprocess.run(cmd, cwd=args.corpus, stderr=subprocess.PIPE,
                             text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stderr[-4000:])
            sys.exit("e2e: claimgraph build failed (exit %d)" % run.returncode)
        result = parse_time(timing.read())
    cpu = result["user_s"] + result["sys_s"]
    result.update({
        "label": args.label,
        "episodes": len(files),
        "bytes": size,
        "jobs": args.jobs,
        "format": os.path.splitext(args.output.rstrip("/"))[1].lstrip("."),
        "output_bytes": output_size(args.output),
        "mb_per_s": size / 1e6 / result["wall_s"] if result["wall_s"] else 0.0,
        "mb_per_cpu_s": size / 1e6 / cpu if cpu else 0.0,
    })
    print(json.dumps(result))


if __name__ == "__main__":
    main()
