"""Show first, load after: the window's frame, painted before the heavy imports and the journal.

At start the app shows ``StartupFrame`` at once: the window's size and place, its menu titles,
the concern picker's frame, the tab bar and a quiet "Opening…" line, drawn with PySide6 alone.
Then it imports the rest, opens the journal and shows the full window in the frame's place. A
passphrase-protected journal asks for its passphrase over the frame, before anything heavy is
imported, so the prompt is as quick as the frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QSettings, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

PAINT_WAIT_MS = 1000  # a hidden or minimised frame never paints: go on after this anyway


class _Centred(QWidget):
    """Its one child in the middle, at the child's size hint: what a layout's centre alignment
    does, without naming ``Qt.AlignmentFlag`` — the first use of the ``Qt`` namespace makes
    PySide6 build all its ~90 Python enums (~25 ms), which the frame can paint without."""

    def __init__(self, child: QWidget) -> None:
        super().__init__()
        self.child = child
        child.setParent(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = self.child.sizeHint().boundedTo(self.size())
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        self.child.setGeometry(x, y, size.width(), size.height())


class StartupFrame(QMainWindow):
    """What the window looks like before its content: the same place, menus, picker and tabs."""

    painted = Signal()

    def __init__(self, settings: QSettings, opening: str) -> None:
        super().__init__()
        self.setObjectName("startupFrame")
        self.setWindowTitle(self.tr("Second Opinion"))
        self.setMinimumSize(800, 560)
        self._painted = False
        bar = self.menuBar()
        for title in (
            self.tr("&File"),
            self.tr("&Edit"),
            self.tr("&Concern"),
            self.tr("Vie&w"),
            self.tr("&Help"),
        ):
            bar.addMenu(title).setEnabled(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Concern:")))
        picker = QComboBox()
        picker.setMinimumWidth(280)
        picker.setEnabled(False)
        top.addWidget(picker)
        for text in (self.tr("New…"), self.tr("Rename…"), self.tr("Archive")):
            button = QPushButton(text)
            button.setEnabled(False)
            top.addWidget(button)
        top.addStretch(1)
        layout.addLayout(top)
        tabs = QTabBar()
        tabs.setDocumentMode(True)
        tabs.setExpanding(False)
        for title in (
            self.tr("&Next steps"),
            self.tr("&Signs"),
            self.tr("&Records"),
            self.tr("&Doctors"),
            self.tr("&Questions"),
            self.tr("&Visits && feelings"),
            self.tr("C&ompare"),
        ):
            tabs.addTab(title)
        tabs.setEnabled(False)
        layout.addWidget(tabs)
        self.message = QLabel(opening)
        self.message.setObjectName("startupMessage")
        self.message.setEnabled(False)  # the quiet, greyed text of a state, not a message box
        layout.addWidget(_Centred(self.message), 1)
        self.setCentralWidget(central)
        self.statusBar()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1280, 800)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)  # after the children have painted too

    def show_and_paint(self) -> None:
        """Show the frame and return once it is on screen (or after ``PAINT_WAIT_MS``)."""
        loop = QEventLoop()
        self.painted.connect(loop.quit)
        QTimer.singleShot(PAINT_WAIT_MS, loop.quit)
        self.show()
        if not self._painted:
            loop.exec()
