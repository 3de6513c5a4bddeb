from PySide6.QtWidgets import QComboBox, QWidget


def test_window_has_every_named_tab(window) -> None:
    for name in ("signsTab", "recordsTab", "doctorsTab", "questionsTab", "visitsTab", "compareTab"):
        assert window.findChild(QWidget, name) is not None, name
    picker = window.findChild(QComboBox, "concernPicker")
    assert picker.count() == 2
    assert picker.currentText() == "Recommended hysterectomy"


def test_welcome_page_on_an_empty_journal_is_not_clipped(make_window, tmp_path) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window(tmp_path / "new.sojournal", create=True)
    window.resize(1024, 700)
    assert window.stack.currentWidget() is window.welcome
    window.welcome.layout().activate()
    for label in window.welcome.findChildren(QLabel):
        if label.isVisibleTo(window) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
