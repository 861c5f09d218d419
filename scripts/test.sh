#!/usr/bin/env bash
# The README's second command: set up, build under AddressSanitizer and
# UndefinedBehaviorSanitizer, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --workflow --preset asan
