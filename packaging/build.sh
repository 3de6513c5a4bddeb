#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller: dist/secondopinion/secondopinion.
#
#   bash packaging/build.sh                 # into dist/ (work files in build/pyinstaller/)
#   bash packaging/build.sh --smoke         # ...then check the built app (what CI runs)
#   DIST_DIR=/tmp/d WORK_DIR=/tmp/w bash packaging/build.sh
#
# Sets up .venv first (scripts/setup.sh), then installs the "bundle" extra's packages pinned by
# requirements/constraints.txt. Prints the build time and the folder's size.
#
# --smoke runs the built binary, outside the repository and with a private data folder:
# --version, a demo journal and its integrity check, an encrypted journal, full-text search, the
# PDF packet (the bundled font must be embedded), and the GUI on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1
DIST_DIR="$(realpath -m "${DIST_DIR:-dist}")"
WORK_DIR="$(realpath -m "${WORK_DIR:-build/pyinstaller}")"

# Keep a development venv a development venv (setup.sh reinstalls when the flavour changes).
setup_args=""
compgen -G ".venv/.installed-*-1" >/dev/null && setup_args="--dev"
bash scripts/setup.sh $setup_args  # also compiles the translations the bundle ships
PY="$ROOT/.venv/bin/python"
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
bin="$app/secondopinion"
echo "built $app in ${took}s: $(du -sh "$app" | cut -f1)"
[ "$SMOKE" = 1 ] || exit 0

fail() { echo "bundle smoke test: $*" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
export SECONDOPINION_HOME="$scratch/home" QT_QPA_PLATFORM=offscreen
unset SECONDOPINION_PASSPHRASE

# Every module of ours is in the bundle: tabs built when first shown are imported by name, which
# PyInstaller does not follow by itself (the spec lists them; this catches the next one).
"$PY" - "$WORK_DIR" "$ROOT" <<'PYEOF' || fail "modules of secondopinion are missing from the bundle"
import ast, sys
from pathlib import Path
work, root = Path(sys.argv[1]), Path(sys.argv[2])
bundled = set()
def walk(node):
    if isinstance(node, str):
        bundled.add(node)
    elif isinstance(node, (list, tuple)):
        for item in node:
            walk(item)
tocs = list(work.glob("secondopinion/PYZ-*.toc"))
for toc in tocs:
    walk(ast.literal_eval(toc.read_text(encoding="utf-8")))
ours = set()
for path in (root / "secondopinion").rglob("*.py"):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if "migrations" in parts or parts[-1] == "__main__":  # migrations: data files; __main__: the script
        continue
    ours.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
missing = sorted(ours - bundled)
if not tocs or missing:
    print("not in the bundle:", *missing or ["(no PYZ table of contents found)"], file=sys.stderr)
    sys.exit(1)
print(f"ok  all {len(ours)} modules of secondopinion are in the bundle")
PYEOF

want="secondopinion $("$PY" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
got=$("$bin" --version) || fail "--version failed"
[ "$got" = "$want" ] || fail "--version says '$got', expected '$want'"
echo "ok  --version: $got"

"$bin" demo --out demo.sojournal || fail "demo failed"
"$bin" check --journal demo.sojournal >/dev/null || fail "check of the demo journal failed"
echo "ok  demo journal written and checked"

# sqlcipher3's extension (encryption) and its FTS5 (search) are inside the bundle
SECONDOPINION_PASSPHRASE=smoke-test "$bin" demo --out locked.sojournal || fail "encrypted demo failed"
if "$bin" check --journal locked.sojournal >/dev/null 2>&1; then fail "opened without passphrase"; fi
SECONDOPINION_PASSPHRASE=smoke-test "$bin" check --journal locked.sojournal >/dev/null ||
  fail "check of the encrypted demo journal failed"
hits=$("$bin" search --journal demo.sojournal fibroids) || fail "search failed"
[ -n "$hits" ] || fail "search found nothing for 'fibroids' in the demo journal"
echo "ok  encrypted journal and full-text search"

if [ -f "$ROOT/secondopinion/services/packet.py" ]; then
  command -v pdffonts >/dev/null || fail "pdffonts is missing (bash scripts/setup.sh --dev installs poppler-utils)"
  "$bin" export pdf --journal demo.sojournal --out packet.pdf || fail "export pdf failed"
  fonts=$(pdffonts packet.pdf) || fail "pdffonts could not read the packet"
  echo "$fonts" | awk 'NR > 2 && $(NF-4) == "yes" {print $1}' | grep -q 'DejaVuSans' ||
    fail "the bundled DejaVu font is not embedded in the packet:"$'\n'"$fonts"
  echo "ok  export pdf: $(wc -c < packet.pdf) bytes, bundled font embedded"

  # A character DejaVu lacks is drawn from a system font: fontTools (its table modules are
  # loaded by name, hence hiddenimports) reads the cmap of a font made here for the purpose.
  "$bin" export json --journal demo.sojournal --out demo.json || fail "export json failed"
  "$PY" - "$ROOT" <<'PYEOF' || fail "could not prepare the system-font check"
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.report.font_builder import build_font
data = json.loads(Path("demo.json").read_text(encoding="utf-8"))
for concern in data["tables"]["concern"]:
    concern["original_diagnosis"] += " \u4e2d"  # a Han character: not in DejaVu Sans
Path("han.json").write_text(json.dumps(data), encoding="utf-8")
Path("fonts").mkdir()
build_font(Path("fonts/Squares-Regular.ttf"), "\u4e2d")
PYEOF
  "$bin" import json --journal han.sojournal han.json >/dev/null || fail "import json failed"
  SECONDOPINION_FONT_PATH="$scratch/fonts" "$bin" export pdf --journal han.sojournal --out han.pdf ||
    fail "export pdf with a system font failed"
  pdffonts han.pdf | grep -q 'Test-Squares' ||
    fail "the system font for a character DejaVu lacks is not in the packet:"$'\n'"$(pdffonts han.pdf)"
  echo "ok  export pdf: a character DejaVu lacks drawn from a system font (fontTools in the bundle)"
else
  echo "SKIP export pdf: secondopinion/services/packet.py does not exist yet"
fi

"$bin" --demo >gui.log 2>&1 &
gui=$!
sleep 6
kill -0 "$gui" 2>/dev/null || { cat gui.log >&2; fail "the GUI exited early"; }
kill "$gui"; wait "$gui" 2>/dev/null || true
echo "ok  GUI stayed up for 6 s (offscreen)"
