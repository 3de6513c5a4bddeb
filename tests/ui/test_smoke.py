from PySide6.QtWidgets import QComboBox, QWidget


def test_window_has_every_named_tab(window) -> None:
    for name in ("signsTab", "recordsTab", "doctorsTab", "questionsTab", "visitsTab", "compareTab"):
        assert window.findChild(QWidget, name) is not None, name
    picker = window.findChild(QComboBox, "concernPicker")
    assert picker.count() == 2
    assert picker.currentText() == "Recommended hysterectomy"
