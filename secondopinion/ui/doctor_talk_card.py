"""The Signs tab's "Bringing it up with your doctor" card: a few ways to ask, ready to copy.

Asking for another opinion, or for one's records, is hard to word on the spot; these short
phrasings are ours, plain and polite, and go to the clipboard with one click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from secondopinion.ui.widgets import hint, section


def tr(text: str) -> str:
    return QCoreApplication.translate("DoctorTalkCard", text)


def phrasings() -> list[str]:
    return [
        tr("Before we decide, I would like a second opinion. Could you suggest someone, or "
            "would you mind if I found a specialist myself?"),
        tr("It would help me to hear another doctor's view of this diagnosis. What should I "
            "bring to that appointment?"),
        tr("Could your office send my records (test results, scans and your notes) to the "
            "doctor I am seeing next? What do I need to sign?"),
        tr("May I have a copy of my records for myself, electronically if possible? How long "
            "will it take?"),
    ]  # fmt: skip


def doctor_talk_card(parent: QWidget | None = None) -> QGroupBox:
    box, layout = section(tr("Bringing it up with your doctor"), parent)
    box.setObjectName("doctorTalkCard")
    layout.addWidget(hint(tr("Good doctors welcome a second opinion. Some ways to ask:")))
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(6)
    status = QLabel()
    status.setObjectName("doctorTalkCopied")
    status.setTextFormat(Qt.TextFormat.PlainText)
    for row, text in enumerate(phrasings()):
        label = QLabel(f"“{text}”")
        label.setObjectName(f"doctorTalkPhrase{row}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(tr("Copy"))
        copy.setObjectName(f"doctorTalkCopy{row}")
        copy.setAccessibleName(tr("Copy: {start}…").format(start=" ".join(text.split()[:5])))
        copy.setToolTip(tr("Copy this phrasing to paste into a message"))

        def copy_text(_checked: bool = False, text: str = text) -> None:
            QGuiApplication.clipboard().setText(text)
            status.setText(tr("Copied. Paste it into a message, or read it out."))

        copy.clicked.connect(copy_text)
        grid.addWidget(label, row, 0)
        grid.addWidget(copy, row, 1, Qt.AlignmentFlag.AlignTop)
    grid.setColumnStretch(0, 1)
    layout.addLayout(grid)
    layout.addWidget(status)
    return box
