#!/usr/bin/env bash
# The README's first command: set up, build (release), and build the graph of
# every transcript in samples/ into out/samples.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
mkdir -p out
./build/release/cli/claimgraph build samples/*.txt -o out/samples.json
echo "claimgraph: the graph of samples/ is in out/samples.json"
