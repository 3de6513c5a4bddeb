"""Two backups of one journal to the same name at the same moment do not trip over each other.

The automatic backup on open and "Back up now" (or the command line) can land in the same
second; each writer has its own temporary file, and the last rename wins with a sound copy.
"""

import threading
from pathlib import Path

from secondopinion.services.backup import backup_file, check_backup


def test_simultaneous_backups_to_one_name_both_succeed(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "backups" / "same-second.sojournal"
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def one() -> None:
        start.wait()
        try:
            backup_file(demo_path, None, out)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    check_backup(out, None)
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary files left
