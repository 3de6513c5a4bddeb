#!/usr/bin/env bash
# Set everything up, then start Second Opinion. Arguments go to the app (e.g. --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/secondopinion "$@"
