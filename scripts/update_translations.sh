#!/usr/bin/env bash
# Refresh every language's catalogues from the code, after adding or changing words:
#   resources/translations/secondopinion_<lang>.ts   the GUI (Qt Linguist: pyside6-linguist)
#   resources/translations/secondopinion_<lang>.po   report/, services/, the CLI (gettext: Poedit…)
# The languages are secondopinion.i18n.LANGUAGES; a new line there gets its files created here.
# English is the source language: its .ts only holds the plural forms ("%n entries"), its .po none.
# Needs .venv (scripts/setup.sh) and GNU gettext (xgettext, msgmerge, msginit: setup.sh --dev).
# Prints what is left to translate; docs/translating.md says the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=resources/translations
PY=.venv/bin/python
mapfile -t langs < <("$PY" -c 'from secondopinion.i18n import codes; print(*codes(), sep="\n")')
mapfile -t gui < <(git ls-files --cached --others --exclude-standard 'secondopinion/ui/*.py')
mapfile -t plain < <(git ls-files --cached --others --exclude-standard 'secondopinion/*.py' \
  'secondopinion/**/*.py' | grep -v '^secondopinion/ui/' | grep -v '/migrations/')

# The Qt-free words: one template (thrown away after), merged into each language's catalogue.
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
xgettext -L Python --from-code=UTF-8 --sort-by-file --add-comments=TRANSLATORS: \
  --package-name=secondopinion --msgid-bugs-address=- --no-wrap \
  -k_ -kgettext -kngettext:1,2 -kpgettext:1c,2 -kN_ -kNP_:1c,2 -kSentence \
  -o "$pot" "${plain[@]}"

for lang in "${langs[@]}"; do
  ts="$DIR/secondopinion_$lang.ts"
  if [ "$lang" = en ]; then
    .venv/bin/pyside6-lupdate -silent -no-obsolete -pluralonly -source-language en \
      -target-language en "${gui[@]}" -ts "$ts"
    continue
  fi
  .venv/bin/pyside6-lupdate -silent -no-obsolete -source-language en -target-language "$lang" \
    "${gui[@]}" -ts "$ts"
  po="$DIR/secondopinion_$lang.po"
  if [ -f "$po" ]; then
    msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap "$po" "$pot"
    msgattrib --no-obsolete --no-wrap -o "$po" "$po"
  else
    msginit --no-translator --no-wrap -l "$lang" -i "$pot" -o "$po"
    sed -i 's/charset=ASCII/charset=UTF-8/' "$po"
  fi
done

# What is left: unfinished .ts messages and untranslated or fuzzy .po entries.
"$PY" - "${langs[@]}" <<'PYEOF'
import sys
from pathlib import Path
import xml.etree.ElementTree as ET
from secondopinion.i18n import parse_po
d = Path("resources/translations")
for lang in sys.argv[1:]:
    root = ET.parse(d / f"secondopinion_{lang}.ts").getroot()
    unfinished = sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")
    left = 0
    if lang != "en":
        entries = parse_po((d / f"secondopinion_{lang}.po").read_text(encoding="utf-8"))
        left = sum(1 for e in entries if e["msgid"] and (e.get("fuzzy") or not all(e.get("msgstr", [""]))))
    print(f"{lang}: {unfinished} unfinished in the .ts, {left} untranslated in the .po")
PYEOF
