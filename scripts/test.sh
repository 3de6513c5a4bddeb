#!/usr/bin/env bash
# Set everything up, then run the whole check: lint, format, types, and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
echo "== ruff check";  .venv/bin/ruff check secondopinion tests
echo "== ruff format"; .venv/bin/ruff format --check secondopinion tests
echo "== mypy";        .venv/bin/mypy
echo "== import contracts (layers, no Qt below ui, no SQL in report)"; .venv/bin/lint-imports --no-cache

# == Desktop bundle (packaging, issue 7) ==========================================================
# Builds the PyInstaller one-folder app and runs the built binary (--version, demo, PDF export with
# the bundled font, GUI offscreen). About a minute on two cores; only in CI or when asked for.
# Before pytest, so that the run ends with pytest's summary line.
if [ "${CI:-}" = "true" ] || [ "${SECONDOPINION_BUNDLE_TEST:-}" = "1" ]; then
  echo "== desktop bundle"; bash packaging/build.sh --smoke
fi

# Random order (pytest-randomly), with the seed said out loud so a failure can be replayed:
#   SECONDOPINION_TEST_SEED=<seed> scripts/test.sh
seed="${SECONDOPINION_TEST_SEED:-$(( (RANDOM << 15) | RANDOM ))}"
echo "== pytest (random order, seed $seed; replay with SECONDOPINION_TEST_SEED=$seed)"
.venv/bin/pytest -q -p no:cacheprovider --randomly-seed="$seed" "$@"
