#!/usr/bin/env bash
# Installs the Debian 12 packages claimgraph needs, when they are missing.
# As root it runs apt-get; otherwise it prints the exact command and stops.
# Extra packages (CI adds chromium for the browser test) come from
# CLAIMGRAPH_SETUP_EXTRA="pkg pkg".
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev libre2-dev nlohmann-json3-dev libcli11-dev
  libgtest-dev libbenchmark-dev
  libxml2-utils python3 python3-networkx
)
# Node.js and npm fetch the HTML report's JavaScript at build time
# (report/CMakeLists.txt). Any Node.js will do: only when none is on the PATH
# are Debian's packages installed (they would conflict with another vendor's).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi
if [ "${CLAIMGRAPH_SETUP_EXTRA:-}" != "" ]; then
  read -r -a extra <<<"$CLAIMGRAPH_SETUP_EXTRA"
  packages+=("${extra[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "claimgraph setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "claimgraph setup: missing Debian packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
