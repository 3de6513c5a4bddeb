"""Opening, creating and remembering journals: File > New/Open/Recent and the command line.

A controller of its own (a ``QObject``), given the journal context, the settings, the window it
asks its questions over, and how to settle what is typed before a journal goes. A journal that
asks for a passphrase is asked for it; one open elsewhere is refused; a damaged one is left
untouched and its newest good backup offered (``restore_dialog``). ``journal_opened`` says which
journal the window now shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from secondopinion import paths
from secondopinion.services.errors import in_words
from secondopinion.services.journals import (
    Journal,
    JournalError,
    PassphraseRequired,
    WrongPassphrase,
)
from secondopinion.ui.context import JournalContext
from secondopinion.ui.unlock import ask_passphrase

MAX_RECENT = 8


class JournalFiles(QObject):
    journal_opened = Signal(object)  # the Journal now shown

    def __init__(
        self,
        ctx: JournalContext,
        settings: QSettings,
        window: QWidget,
        settle_unsaved: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.settings = settings
        self.window = window  # asks its questions over it; jobs and the privacy guard live on it
        self.settle_unsaved = settle_unsaved
        self.remember = True  # whether the journal shown is listed under File > Recent

    def open_path(
        self,
        path: Path,
        *,
        create: bool = False,
        remember: bool = True,
        passphrase: str | None = None,
    ) -> bool:
        """Open (or create) the journal at ``path``; False when it could not be opened.

        ``passphrase`` protects a journal being created (``""``: the person was asked and chose
        none) or is tried first on an existing one. A journal created without asking shows a
        banner recommending a passphrase. A journal open in another instance is refused; a
        damaged one is left untouched and the newest good backup is offered.
        """
        from secondopinion.services.journals import DamagedJournal, JournalInUse
        from secondopinion.ui import jobs, restore_dialog

        # The open journal goes: what is typed is written (or the person decides), jobs finish.
        open_now = self.ctx.journal is not None
        if open_now and not (self.settle_unsaved() and jobs.settle(self.window)):
            return False
        path = Path(path).expanduser().absolute()
        offer = passphrase is None
        created = False
        while True:
            try:
                if create and not path.exists():
                    journal = Journal.create(path, passphrase or None)
                    created = True
                else:
                    journal = Journal.open(path, passphrase or None)
                break
            except (PassphraseRequired, WrongPassphrase) as exc:
                if isinstance(exc, WrongPassphrase) and restore_dialog.first_page_damaged(
                    path, passphrase
                ):
                    problem = QCoreApplication.translate(
                        "MainWindow", "{name} is damaged: its first page cannot be read."
                    )
                    return restore_dialog.recover_damaged(
                        self.window,
                        path,
                        passphrase,
                        problem.format(name=path.name),
                        remember=remember,
                    )
                passphrase = ask_passphrase(
                    self.window, path, wrong=isinstance(exc, WrongPassphrase)
                )
                if passphrase is None:
                    return False
            except JournalInUse as exc:
                QMessageBox.information(
                    self.window,
                    QCoreApplication.translate("MainWindow", "Journal already open"),
                    in_words(exc),
                )
                return False
            except DamagedJournal as exc:
                return restore_dialog.recover_damaged(
                    self.window, path, passphrase or None, in_words(exc), remember=remember
                )
            except (JournalError, OSError) as exc:
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("MainWindow", "Cannot open journal"),
                    in_words(exc),
                )
                return False
        self.adopt(journal, created=created, offer=offer, remember=remember)
        return True

    def adopt(self, journal: Journal, *, created: bool, offer: bool, remember: bool) -> None:
        """Show ``journal``, opened by ``open_path`` or, at start, beside the imports (ui/app)."""
        from secondopinion.ui import privacy

        self.set_journal(journal, remember=remember)
        guard = privacy.guard_of(self.window)
        if guard is not None:
            guard.journal_opened(journal, created=created, offer=offer)

    def set_journal(self, journal: Journal, *, remember: bool = True) -> None:
        from secondopinion.ui import jobs

        old = self.ctx.journal
        self.ctx.flush()
        if old is not None and old is not journal:
            jobs.settle(self.window, can_stay=False)  # no job may outlive the journal it works on
        self.ctx.set_journal(journal)
        if old is not None and old is not journal:
            old.close()
        self.remember = remember
        if remember:
            self._remember_recent(journal.path)
        self.journal_opened.emit(journal)

    def new_journal(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "New journal"),
            str(paths.data_dir()),
            QCoreApplication.translate(
                "MainWindow", "Second Opinion journals (*.sojournal);;All files (*)"
            ),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sojournal")
        if path.exists():
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("MainWindow", "New journal"),
                QCoreApplication.translate("MainWindow", "{name} already exists.").format(
                    name=path.name
                ),
            )
            return
        from secondopinion.ui.passphrase_dialog import offer_new_passphrase

        ok, passphrase = offer_new_passphrase(self.window, path.name)
        if ok:
            self.open_path(path, create=True, passphrase=passphrase or "")

    def open_journal(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Open journal"),
            str(paths.data_dir()),
            QCoreApplication.translate(
                "MainWindow", "Second Opinion journals (*.sojournal *.db);;All files (*)"
            ),
        )
        if name:
            self.open_path(Path(name))

    def _recent(self) -> list[str]:
        value = self.settings.value("recentJournals", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]  # type: ignore[attr-defined]

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self._recent() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recentJournals", recent[:MAX_RECENT])
        self.settings.setValue("lastJournal", str(path))

    def fill_recent(self, menu: QMenu) -> None:
        """List the recent journals that still exist in ``menu`` (File > Recent journals)."""
        menu.clear()
        recent = [p for p in self._recent() if Path(p).exists()]
        if not recent:
            menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)
        for i, p in enumerate(recent):
            action = menu.addAction(f"&{i + 1} {p}")
            action.triggered.connect(lambda _c=False, p=p: self.open_path(Path(p)))
