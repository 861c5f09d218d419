#!/usr/bin/env bash
# bench/run.sh: the whole benchmark suite, in one run, and its table.
#
#   bench/run.sh                      # corpora of 10, 100, 1,000, 10,000 episodes
#   SIZES="10 100" bench/run.sh       # a quick run
#   bench/run.sh --update-doc         # also put the table into BENCHMARKS.md
#
# Steps, all measured in this one run so that ratios hold on a noisy machine:
#   1. builds claimgraph and claimgraph_bench with the release preset;
#   2. generates the corpora with bench/make_corpus.py (seed $SEED) under
#      build/bench/corpus/N, unless already there for this seed;
#   3. stage benchmarks (Google Benchmark) over the $STAGE_SIZE-episode corpus;
#   4. end to end: `claimgraph build` to JSON for every size with -j 1, and
#      with -j 2 for every size from 100 up; to every other format at
#      $STAGE_SIZE; wall time, CPU time and peak memory from /usr/bin/time -v;
#   5. the -j $JOBS2 speed-up again, as $PAIRS alternating pairs (-j 1, then
#      -j $JOBS2) at $PAIR_SIZE episodes: one pair's ratio moves with the
#      load of a shared machine, the median of several alternating ones less;
#   6. compromise (bench/node_modules, `npm ci` when missing) tagging people
#      and organizations in the first $COMPARE_EPISODES episodes, against
#      claimgraph's pipeline on the same files;
#   7. NetworkX (Debian's python3-networkx) writing GraphML for the graph of
#      the $STAGE_SIZE corpus, against claimgraph's GraphML writer timed
#      right after it (the mean of three runs);
#   8. bench/report.py writes build/bench/results.md and prints the ratios.
#
# Environment: SIZES, SEED (1), STAGE_SIZE (100), COMPARE_EPISODES (5),
# BENCH_OUT (build/bench), JOBS2 (2: the job count of the parallel runs),
# PAIRS (3: alternating speed-up pairs, 0 for none), PAIR_SIZE (1000, or the
# largest size of SIZES below it),
# FORMATS ("graphml gexf jsonl csv": the formats besides JSON timed end to
# end),
# LAYOUTS (all: the transcript layouts of the corpus, see make_corpus.py).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${SIZES:-"10 100 1000 10000"}
SEED=${SEED:-1}
STAGE_SIZE=${STAGE_SIZE:-100}
COMPARE_EPISODES=${COMPARE_EPISODES:-5}
JOBS2=${JOBS2:-2}
PAIRS=${PAIRS:-3}
FORMATS=${FORMATS:-"graphml gexf jsonl csv"}
LAYOUTS=${LAYOUTS:-}
OUT=${BENCH_OUT:-$ROOT/build/bench}
PY=/usr/bin/python3
UPDATE_DOC=0
for arg in "$@"; do
  case "$arg" in
    --update-doc) UPDATE_DOC=1 ;;
    *) echo "usage: bench/run.sh [--update-doc]" >&2; exit 2 ;;
  esac
done

say() { echo "== $*" >&2; }

say "building (release preset)"
cmake --preset release >/dev/null
cmake --build --preset release -j2 --target claimgraph claimgraph_bench >/dev/null
BIN=$ROOT/build/release/cli/claimgraph
BENCH=$ROOT/build/release/bench/claimgraph_bench

RESULTS=$OUT/results
rm -rf "$RESULTS"
mkdir -p "$RESULTS" "$OUT/corpus" "$OUT/graphs"

# Every size the later steps need.
NEEDED=$(printf '%s\n' $SIZES "$STAGE_SIZE" | sort -n -u)
for n in $NEEDED; do
  dir=$OUT/corpus/$n
  stamp="seed=$SEED layouts=$LAYOUTS $(sha1sum bench/make_corpus.py | cut -c1-12)"
  if [[ -f $dir/.stamp && "$(cat "$dir/.stamp")" == "$stamp" ]]; then
    continue
  fi
  say "generating $n episodes"
  rm -f "$dir/.stamp"
  $PY bench/make_corpus.py --episodes "$n" --seed "$SEED" --out "$dir" \
    ${LAYOUTS:+--layouts "$LAYOUTS"} >&2
  echo "$stamp" >"$dir/.stamp"
done

say "stage benchmarks over $STAGE_SIZE episodes"
"$BENCH" --corpus "$OUT/corpus/$STAGE_SIZE" \
  --benchmark_out="$RESULTS/stages.json" --benchmark_out_format=json \
  --benchmark_min_time=1 >&2

say "end to end"
for n in $SIZES; do
  $PY bench/e2e.py --claimgraph "$BIN" --corpus "$OUT/corpus/$n" --jobs 1 \
    --output "$OUT/graphs/$n.json" >>"$RESULTS/e2e.jsonl"
  if ((n >= 100)); then
    $PY bench/e2e.py --claimgraph "$BIN" --corpus "$OUT/corpus/$n" --jobs "$JOBS2" \
      --output "$OUT/graphs/$n-j$JOBS2.json" >>"$RESULTS/e2e.jsonl"
    cmp -s "$OUT/graphs/$n.json" "$OUT/graphs/$n-j$JOBS2.json" ||
      { echo "bench: -j 1 and -j $JOBS2 outputs differ for $n episodes" >&2; exit 1; }
    rm -f "$OUT/graphs/$n-j$JOBS2.json"
  fi
  tail -n 1 "$RESULTS/e2e.jsonl" >&2
done
# The other formats, at the stage size (the JSON of that size is kept for NetworkX).
if [[ ! -f $OUT/graphs/$STAGE_SIZE.json ]]; then
  $PY bench/e2e.py --claimgraph "$BIN" --corpus "$OUT/corpus/$STAGE_SIZE" --jobs 1 \
    --output "$OUT/graphs/$STAGE_SIZE.json" >>"$RESULTS/e2e.jsonl"
fi
for format in $FORMATS; do
  # A format this build does not know yet is skipped (e2e.py says why).
  output="$OUT/graphs/$STAGE_SIZE.$format"
  if [[ $format == csv ]]; then output+=/; fi  # a folder: nodes.csv and edges.csv
  $PY bench/e2e.py --claimgraph "$BIN" --corpus "$OUT/corpus/$STAGE_SIZE" --jobs 1 \
    --output "$output" >>"$RESULTS/e2e.jsonl" || true
done

# The speed-up target's size: 1,000 episodes, or the largest size below it.
PAIR_SIZE=${PAIR_SIZE:-$(printf '%s\n' $SIZES | awk '$1 >= 100 && $1 <= 1000' | sort -n | tail -n 1)}
if ((PAIRS > 0)) && [[ -n $PAIR_SIZE ]]; then
  say "$PAIRS alternating pairs, -j 1 then -j $JOBS2, at $PAIR_SIZE episodes"
  for ((p = 1; p <= PAIRS; p++)); do
    for jobs in 1 "$JOBS2"; do
      $PY bench/e2e.py --claimgraph "$BIN" --corpus "$OUT/corpus/$PAIR_SIZE" --jobs "$jobs" \
        --output "$OUT/graphs/pair.json" --label "pair $p" >>"$RESULTS/pairs.jsonl"
    done
    tail -n 2 "$RESULTS/pairs.jsonl" >&2
  done
  rm -f "$OUT/graphs/pair.json"
fi

say "compromise on the first $COMPARE_EPISODES episodes"
if [[ ! -d bench/node_modules/compromise ]]; then
  (cd bench && npm ci --no-audit --no-fund >&2)
fi
mapfile -t compare_files < <(ls "$OUT/corpus/$STAGE_SIZE"/ep-* | head -n "$COMPARE_EPISODES")
node bench/compromise_bench.js "${compare_files[@]}" >"$RESULTS/compromise.json"
"$BENCH" --corpus "$OUT/corpus/$STAGE_SIZE" --limit "$COMPARE_EPISODES" \
  --benchmark_filter='BM_Pipeline$' --benchmark_min_time=1 \
  --benchmark_out="$RESULTS/compare.json" --benchmark_out_format=json >&2

say "NetworkX writing GraphML for the $STAGE_SIZE-episode graph, then ours again"
$PY bench/networkx_graphml.py "$OUT/graphs/$STAGE_SIZE.json" >"$RESULTS/networkx.json"
# Our writer timed right after NetworkX, as claimgraph's pipeline is timed
# right after compromise: the stage benchmarks ran many minutes earlier,
# and the load of a shared machine moves in between.
"$BENCH" --corpus "$OUT/corpus/$STAGE_SIZE" --benchmark_filter='BM_WriteGraphml$' \
  --benchmark_repetitions=3 \
  --benchmark_out="$RESULTS/graphml_pair.json" --benchmark_out_format=json >&2

say "report"
(
  echo "{\"machine\": \"$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\","
  echo " \"load\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"seed\": $SEED,"
  echo " \"stage_size\": $STAGE_SIZE, \"compare_episodes\": $COMPARE_EPISODES,"
  echo " \"commit\": \"$(git rev-parse --short HEAD)\", \"date\": \"$(date -u +%Y-%m-%d)\"}"
) >"$RESULTS/run.json"
$PY bench/report.py "$RESULTS" >"$OUT/results.md"
cat "$OUT/results.md"
if ((UPDATE_DOC)); then
  $PY bench/report.py --update-doc BENCHMARKS.md "$RESULTS"
  say "updated BENCHMARKS.md"
fi
