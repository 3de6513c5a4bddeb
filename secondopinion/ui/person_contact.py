"""The person's contact details and the right their letters cite: what a request letter signs with.

Opened from the health summary, beside the name and date of birth. Each field saves as it is
left (or after a pause in typing); a value a field cannot take says why beneath it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.validation import FieldError
from secondopinion.services import records, rights
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import SAVE_DELAY_MS, error_label, show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("PersonContact", text)


class ContactDialog(QDialog):
    """Postal address, phone, email (all optional), and whose right of access the letters cite."""

    def __init__(
        self, ctx: JournalContext, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(tr("Your contact details"))
        self.ctx, self.today = ctx, today
        self.pending: set[str] = set()
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Request letters print these as the sender. All are optional; a letter that "
                "asks for records by post needs the address, by email the email.")
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QPlainTextEdit()
        self.address.setObjectName("personAddress")
        self.address.setTabChangesFocus(True)
        lines = self.address.fontMetrics().lineSpacing()
        self.address.setMinimumHeight(lines * 3 + 12)
        self.address.setMaximumHeight(lines * 5 + 12)
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.phone.setObjectName("personPhone")
        self.email.setObjectName("personEmail")
        self.email.setPlaceholderText("name@example.org")
        self.jurisdiction = QComboBox()
        self.jurisdiction.setObjectName("personJurisdiction")
        found = rights.locale_jurisdiction()
        self.jurisdiction.addItem(
            tr("As this computer's region suggests: {name}").format(
                name=labels.label("jurisdiction", found.value)
            ),
            "",
        )
        for value, text in labels.choices("jurisdiction"):
            self.jurisdiction.addItem(text, value)
        self.widgets: dict[str, QWidget] = {
            "address": self.address,
            "phone": self.phone,
            "email": self.email,
            "jurisdiction": self.jurisdiction,
        }
        self.errors = {name: error_label() for name in self.widgets}
        captions = {
            "address": tr("Postal &address:"),
            "phone": tr("&Phone:"),
            "email": tr("&Email:"),
            "jurisdiction": tr("Letters cite the &law of:"),
        }
        for name, widget in self.widgets.items():
            widget.setAccessibleName(captions[name].replace("&", "").rstrip(":"))
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            caption = QLabel(captions[name])
            caption.setBuddy(widget)
            form.addRow(caption, holder)
            widget.installEventFilter(self)
        layout.addLayout(form)
        self.rule = QLabel()
        self.rule.setObjectName("jurisdictionRule")
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self._load()
        self.address.textChanged.connect(lambda: self._changed("address"))
        self.phone.textEdited.connect(lambda _t: self._changed("phone"))
        self.email.textEdited.connect(lambda _t: self._changed("email"))
        self.jurisdiction.currentIndexChanged.connect(lambda _i: self._changed("jurisdiction"))

    def _load(self) -> None:
        journal = self.ctx.journal
        found = records.person(journal) if journal is not None else None
        self.address.setPlainText(found.address if found else "")
        self.phone.setText(found.phone if found else "")
        self.email.setText(found.email if found else "")
        index = self.jurisdiction.findData(found.jurisdiction if found else "")
        self.jurisdiction.setCurrentIndex(max(0, index))
        self._show_rule()

    def _show_rule(self) -> None:
        value = self.jurisdiction.currentData() or rights.locale_jurisdiction().value
        text = {
            "us": tr("Providers must answer within 30 days, and may extend once by up to 30 "
                      "days with a written notice (HIPAA, 45 CFR § 164.524)."),
            "uk": tr("Providers must answer within one month, and may extend by up to two "
                      "further months for complex requests, with notice (UK GDPR, Article 15)."),
            "eu": tr("Providers must answer within one month, and may extend by up to two "
                      "further months for complex requests, with notice (GDPR, Article 15)."),
            "elsewhere": tr("The letter is a plain request without a legal citation; you set "
                             "the due date."),
        }.get(value, "")  # fmt: skip
        self.rule.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.pending:
            self.flush()
        return False

    def _changed(self, name: str) -> None:
        self.pending.add(name)
        if name == "jurisdiction":
            self._show_rule()
            self.flush()
        else:
            self.timer.start()

    def value_of(self, name: str) -> str:
        if name == "address":
            return self.address.toPlainText()
        if name == "jurisdiction":
            return str(self.jurisdiction.currentData() or "")
        widget = self.widgets[name]
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def flush(self) -> None:
        self.timer.stop()
        journal = self.ctx.journal
        if not self.pending or journal is None:
            return
        pending, self.pending = self.pending, set()
        saved = False
        for name in sorted(pending):
            try:
                records.save_person(journal, self.today(), **{name: self.value_of(name)})
            except FieldError as exc:
                show_error(self.errors[name], exc.message)
                continue
            show_error(self.errors[name], None)
            saved = True
        if saved:
            self.ctx.changed("person", self)

    def done(self, result: int) -> None:
        self.flush()
        super().done(result)
