"""The page shown instead of the journal while it is locked, and the idle timer that locks it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.unlock import passphrase_field
from secondopinion.ui.widgets import hint


def tr(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


class LockPage(QWidget):
    """Asks for the passphrase (encrypted journals) or a click or Enter (plain ones)."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.encrypted = True
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setFixedWidth(460)  # a fixed width lets the wrapped lines take the height they need
        layout = QVBoxLayout(box)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        layout.addWidget(self.title)
        self.explain = hint("")
        layout.addWidget(self.explain)
        self.field = passphrase_field(tr("Passphrase"))
        self.field.setObjectName("lockPassphrase")
        self.field.returnPressed.connect(self._submit)
        layout.addWidget(self.field)
        self.error = error_label()
        self.error.setObjectName("lockError")
        layout.addWidget(self.error)
        self.button = QPushButton()
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()  # stretches, not an alignment: wrapped lines then get their height
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self, encrypted: bool) -> None:
        """Reset the page for a new lock."""
        self.encrypted = encrypted
        self.field.clear()
        show_error(self.error, None)
        self.field.setVisible(encrypted)
        if encrypted:
            self.title.setText(tr("<h2>Journal locked</h2>"))
            self.explain.setText(tr("Type the passphrase to show the journal again."))
            self.button.setText(tr("&Unlock"))
        else:
            self.title.setText(tr("<h2>Journal hidden</h2>"))
            self.explain.setText(
                tr(
                    "This journal has no passphrase, so anyone at this computer can show it "
                    "again: click here or press Enter. File > Passphrase… adds one."
                )
            )
            self.button.setText(tr("&Show journal"))
        self.button.setAccessibleName(self.button.text().replace("&", ""))

    def focus(self) -> None:
        (self.field if self.encrypted else self.button).setFocus()

    def wrong(self) -> None:
        self.field.clear()
        show_error(self.error, tr("That passphrase is not right. Try again."))
        self.field.setFocus()

    def _submit(self) -> None:
        if self.encrypted and not self.field.text():
            show_error(self.error, tr("Type the passphrase to unlock."))
            return
        text = self.field.text()
        self.field.clear()
        self.unlock_requested.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.encrypted and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.encrypted:
            self._submit()
            return
        super().mousePressEvent(event)


_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input (0: never)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        if minutes <= 0:
            self.timer.stop()
            self.timer.setInterval(0)
            return
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()

    def restart(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()
        return False
