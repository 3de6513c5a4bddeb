#!/usr/bin/env bash
# Refresh the translators' catalogue (resources/translations/secondopinion.ts) from the code.
# Translators copy it to secondopinion_<lang>.ts, translate it with pyside6-linguist, and
# `pyside6-lrelease` turns it into secondopinion_<lang>.qm, which the app loads for that locale.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'secondopinion/ui/*.py')
.venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts resources/translations/secondopinion.ts
