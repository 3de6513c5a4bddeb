"""PySide6's look at each new module (does it mention PySide6?) answered without linecache."""

from __future__ import annotations

import json
import subprocess
import sys

# Imports the window's modules with the quicker check in place, then asks PySide6's own check
# about every module imported: the answers must be the same, and no source lines kept.
PROBE = """
import json, linecache, sys
import PySide6.QtWidgets
from secondopinion.ui import app
feature = sys.modules["shibokensupport.feature"]
pysides_own = feature._mod_uses_pyside
before = set(sys.modules)
app.quicker_module_check()
app.quicker_module_check()  # a second call changes nothing
assert feature._mod_uses_pyside.quicker
linecache.clearcache()  # what was read before, when PySide6 was imported with its own check
import secondopinion.services.journal_rows, secondopinion.ui.main_window
new = [m for name, m in sorted(sys.modules.items()) if name not in before and m is not None]
held = sorted(f for f in linecache.cache if not f.startswith("<"))  # SQLAlchemy's made code
answers = {m.__name__: [feature._mod_uses_pyside(m), pysides_own(m)] for m in new}
fed = {name: feature.pyside_feature_dict.get(name) for name in answers}
print(json.dumps({"answers": answers, "held": held, "fed": fed}))
"""


def test_the_quicker_check_answers_as_pysides_own_and_keeps_no_lines() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    answers = seen["answers"]
    assert len(answers) > 300
    differ = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    assert differ == {}
    assert answers["secondopinion.ui.main_window"] == [True, True]
    assert answers["sqlalchemy.orm"] == [False, False]
    # PySide6 recorded the answers it got: -1 for a module without PySide6, 0 for one with.
    fed = {name: flag for name, flag in seen["fed"].items() if flag is not None}
    assert len(fed) > 100 and 0 in fed.values()
    assert fed == {name: 0 if answers[name][1] else -1 for name in fed}
    # Before PySide6's own check was asked (above, for the comparison), no lines were kept.
    assert seen["held"] == []
