#!/usr/bin/env bash
# The README's first command: set up, build (release), build the graph of
# every transcript in samples/ into out/samples.json, and write their HTML
# report to out/report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
mkdir -p out
./build/release/cli/claimgraph build samples/*.txt samples/*.vtt -o out/samples.json
./build/release/cli/claimgraph report samples/*.txt samples/*.vtt -o out/report.html
echo "claimgraph: the graph of samples/ is in out/samples.json; open out/report.html in a browser"
