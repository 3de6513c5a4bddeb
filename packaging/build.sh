#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller: dist/secondopinion/secondopinion.
#
#   bash packaging/build.sh                 # into dist/ (work files in build/pyinstaller/)
#   DIST_DIR=/tmp/d WORK_DIR=/tmp/w bash packaging/build.sh
#
# Sets up .venv first (scripts/setup.sh), then installs the "bundle" extra's packages pinned by
# requirements/constraints.txt. Prints the folder's size and a smoke test of the built binary.
set -euo pipefail
cd "$(dirname "$0")/.."

DIST_DIR="${DIST_DIR:-dist}"
WORK_DIR="${WORK_DIR:-build/pyinstaller}"

# Keep a development venv a development venv (setup.sh reinstalls when the flavour changes).
setup_args=""
compgen -G ".venv/.installed-*-1" >/dev/null && setup_args="--dev"
bash scripts/setup.sh $setup_args
PY=.venv/bin/python
bundle_reqs=$("$PY" - <<'PYEOF'
import tomllib
with open("pyproject.toml", "rb") as f:
    print(" ".join(tomllib.load(f)["project"]["optional-dependencies"]["bundle"]))
PYEOF
)
# shellcheck disable=SC2086  # one word per requirement
"$PY" -m pip install -q -c requirements/constraints.txt $bundle_reqs

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST_DIR" --workpath "$WORK_DIR" packaging/secondopinion.spec
took=$(( $(date +%s) - start ))

app="$DIST_DIR/secondopinion"
"$app/secondopinion" --version
echo "built $app in ${took}s, $(du -sh "$app" | cut -f1)"
