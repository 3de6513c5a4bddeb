"""The window's language: the person's choice (View > Language), else the system's; installed
as Qt translators for our words and Qt's own, and as the default for the Qt-free words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from secondopinion import i18n, paths

SETTING = "language"  # a code from i18n.LANGUAGES; absent = follow the system

_installed: list[QTranslator] = []
_generation = 0  # counts installs, so words cached in one language are not shown in another


def generation() -> int:
    """Which set of translators is installed: it changes with every ``install``."""
    return _generation


class CatalogueTranslator(QTranslator):
    """Our .qm, plus the empty context for messages lupdate could not tie to a class.

    lupdate files a ``tr()`` it cannot place under the context "": a module's ``tr()`` helper,
    or ``self.tr()`` in a mixin whose Qt base only type checkers see. At run time the same call
    asks for the class's name (PySide tries each class of the object's MRO), so without this
    fallback those strings would silently stay English.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None (a null QString) lets Qt try the next translator


def chosen(settings: QSettings | None, override: str | None = None) -> str:
    """--lang, else the remembered choice, else the system locale (LANGUAGE, LC_ALL, LANG)."""
    if override:
        return i18n.resolve(override)
    remembered = settings.value(SETTING) if settings is not None else None
    return (i18n.normalize(str(remembered)) if remembered else None) or i18n.system_language()


def remember(settings: QSettings, code: str | None) -> None:
    """Keep a language for the next start; None follows the system again."""
    if code is None:
        settings.remove(SETTING)
    else:
        settings.setValue(SETTING, i18n.resolve(code))
    settings.sync()


def qt_locale(code: str) -> QLocale:
    """The system's locale when it speaks ``code`` (keeps its region: es_MX, en_GB…)."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


def install(app: QCoreApplication, code: str) -> None:
    """Our catalogue and Qt's for ``code``, replacing the ones installed before."""
    global _generation
    _generation += 1
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = qt_locale(code)
    QLocale.setDefault(locale)
    i18n.set_default_language(code)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)  # Qt's own buttons (OK, Cancel); absent for English
        _installed.append(qt)
    ours = CatalogueTranslator(app)
    qm = paths.resource("translations", f"{i18n.DOMAIN}_{code}.qm")
    if not ours.load(str(qm)):
        # English too: its catalogue holds the plural forms ("1 entry", "2 entries").
        raise FileNotFoundError(
            f"{qm} is missing or unreadable: the translations were not compiled "
            "(bash scripts/setup.sh, or python packaging/translations.py)"
        )
    app.installTranslator(ours)
    _installed.append(ours)


class LanguageMenu(QObject):
    """View > Language: the system's, or one of ours; the choice is remembered.

    A new choice offers to restart the window at once (in the language chosen, so it is
    understood): the window's words are set when it is built, so it is built again, on the same
    journal, after what was typed is saved. "Later" keeps it for the next start.
    """

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self.menu)
        remembered = settings.value(SETTING)
        current = i18n.normalize(str(remembered)) if remembered else None
        entries: list[tuple[str | None, str]] = [(None, self.tr("System language"))]
        entries += [(code, name) for code, name in i18n.LANGUAGES]  # each in its own language
        for code, name in entries:
            action = QAction(name, self.menu)
            action.setObjectName(f"actionLanguage_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)

    def choose(self, code: str | None) -> None:
        remember(self.settings, code)
        lang = code or i18n.system_language()
        if lang == i18n.current_language():
            return
        if ask_restart(self.window, lang):
            restart_window(self.window, lang)


def ask_restart(parent: QWidget, lang: str) -> bool:
    """Whether to restart the window now in ``lang`` (asked in ``lang``)."""
    text, restart, later = i18n.restart_question(lang)
    box = QMessageBox(QMessageBox.Icon.Question, dict(i18n.LANGUAGES)[lang], text, parent=parent)
    box.setObjectName("languageRestart")
    now = box.addButton(restart, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(later, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is now


def restart_window(window: Any, lang: str) -> Any:
    """Build the window again in ``lang`` on the journal it shows; the new window, or None when
    the old one stays (the person chose to keep what is typed unsaved, or jobs to finish).

    The old window closes as at quitting: typed text is written (or the person decides),
    running jobs finish, its state is saved and its journal closed. The new one opens the same
    journal with the passphrase it was open with, so nothing is asked twice. Rebuilding in the
    process (rather than starting the program again) also works for the demo journal, whose
    temporary folder goes with the process, and for the bundled app.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    journal = window.journal
    path, passphrase = (journal.path, journal.passphrase) if journal is not None else (None, None)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows, none is shown
    try:
        if not window.close():
            return None
        install(app, lang)
        rebuilt = type(window)(window.settings)
        if path is not None:
            rebuilt.open_path(path, remember=False, passphrase=passphrase)
        rebuilt.show()
    finally:
        app.setQuitOnLastWindowClosed(quits)
    window.deleteLater()
    return rebuilt


def install_menu(window: Any) -> None:
    """View > Language, at the end of the View menu."""
    window.language_menu = LanguageMenu(window, window.settings)
    window.view_menu.addSeparator()
    window.view_menu.addMenu(window.language_menu.menu)
