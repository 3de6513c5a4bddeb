#!/usr/bin/env bash
# Set everything up, then time start, switch, export and import against their floors (issue 12).
# Arguments go to scripts/bench.py, e.g. --reps 3, or --write docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python scripts/bench.py "$@"
