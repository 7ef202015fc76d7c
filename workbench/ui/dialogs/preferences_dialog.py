"""Preferences…: fonts, role, look and language, translation speed, model index, LibreTranslate,
the translation memory's drafts. The sections scroll when the screen is shorter than they are
(a 1024x700 laptop), with OK / Cancel / Apply always in view.

The dialog edits copies of the values and writes them through Settings on OK or Apply; the
window reacts to Settings.changed (fonts, engine options). Theme and language go through the
window's own setters when given, because they do more than store a value.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.settings import (BEAM_RANGE, COMPLETION_PAUSE_RANGE, FONT_SIZE_RANGE,
                                   MEMORY_THRESHOLD_RANGE, THREADS_RANGE, Settings)


def _combo(parent, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _form(box: QGroupBox) -> QFormLayout:
    # One policy for every section, whatever the platform style would pick for each.
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _align_label_columns(*forms: QFormLayout) -> None:
    """The sections' fields start at the same x: each label column as wide as the widest."""
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
              for form in forms for row in range(form.rowCount())
              if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class PreferencesDialog(QDialog):
    """GUI thread. `set_theme(name)` / `set_language(code)` are the window's setters (None:
    write the setting directly)."""

    def __init__(self, settings: Settings, parent=None,
                 set_theme: Callable[[str], None] | None = None,
                 set_language: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self._set_theme = set_theme
        self._set_language = set_language
        self._build()
        self.load()
        self.setMinimumWidth(520)

    def _build(self) -> None:
        from workbench.ui.fonts import arabic_families

        look = QGroupBox(self.tr("Text and look"), self)
        form = _form(look)
        self.arabic_family = _combo(self, [(self.tr("Automatic (best installed)"), "")]
                                    + [(family, family) for family in arabic_families()])
        self.arabic_size = QSpinBox(self)
        self.english_size = QSpinBox(self)
        for spin in (self.arabic_size, self.english_size):
            spin.setRange(*FONT_SIZE_RANGE)
            spin.setSuffix(self.tr(" pt"))
        self.role = _combo(self, [(self.tr("Translator"), "translator"),
                                  (self.tr("Editor / reviewer"), "editor")])
        self.theme = _combo(self, [(self.tr("Light"), "light"), (self.tr("Dark"), "dark")])
        self.language = _combo(self, [("English", "en"), ("العربية", "ar")])
        form.addRow(self.tr("Arabic font:"), self.arabic_family)
        form.addRow(self.tr("Arabic text size:"), self.arabic_size)
        form.addRow(self.tr("English text size:"), self.english_size)
        form.addRow(self.tr("My role:"), self.role)
        self.author = QLineEdit(self)  # the name the history shows beside this person's edits
        self.author.setPlaceholderText(self.tr("As the history names your edits"))
        form.addRow(self.tr("Your name:"), self.author)
        self.lock_reviewed = QCheckBox(self.tr("Replace all leaves reviewed paragraphs alone "
                                               "(approved ones always)"), self)
        form.addRow("", self.lock_reviewed)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Language:"), self.language)

        speed = QGroupBox(self.tr("Translation"), self)
        form = _form(speed)
        self.engine = _combo(self, [(self.tr("Best installed model"), ""),
                                    (self.tr("LibreTranslate server"), "libretranslate"),
                                    (self.tr("Word-by-word gloss drafts"), "gloss")])
        self.threads = QSpinBox(self)
        self.threads.setRange(*THREADS_RANGE)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.compute_type = _combo(self, [(self.tr("Automatic"), "auto"),
                                          (self.tr("int8 (fast, small)"), "int8"),
                                          (self.tr("float32 (slower, exact)"), "float32")])
        self.beam_size = QSpinBox(self)
        self.beam_size.setRange(*BEAM_RANGE)
        self.fast_draft = QCheckBox(self.tr("Fast draft (greedy decoding)"), self)
        self.fast_draft.toggled.connect(self._on_fast_draft)
        self.index_url = QLineEdit(self)
        self.libre_url = QLineEdit(self)
        self.libre_url.setPlaceholderText("http://translate.office.lan:5000")
        self.libre_key = QLineEdit(self)
        self.libre_key.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.index_url, self.libre_url, self.libre_key):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses read left to right
        form.addRow(self.tr("Engine:"), self.engine)
        form.addRow(self.tr("Threads:"), self.threads)
        form.addRow(self.tr("Computation:"), self.compute_type)
        form.addRow(self.tr("Beam size:"), self.beam_size)
        form.addRow("", self.fast_draft)
        form.addRow(self.tr("Model index URL:"), self.index_url)
        form.addRow(self.tr("LibreTranslate server:"), self.libre_url)
        form.addRow(self.tr("LibreTranslate API key:"), self.libre_key)
        self.completion_pause = QSpinBox(self)
        self.completion_pause.setRange(*COMPLETION_PAUSE_RANGE)
        self.completion_pause.setSingleStep(100)
        self.completion_pause.setSuffix(self.tr(" ms"))
        self.completion_pause.setSpecialValueText(self.tr("Only when Tab asks"))
        self.completion_pause.setToolTip(self.tr("While you type English, the model suggests the "
                                                 "rest of the sentence after this pause"))
        form.addRow(self.tr("Suggest after a pause:"), self.completion_pause)

        memory = QGroupBox(self.tr("Translation memory"), self)
        form = _form(memory)
        self.memory_first = QCheckBox(self.tr("Fill from the translation memory first (also "
                                              "after an import)"), self)
        self.memory_threshold = QSpinBox(self)
        self.memory_threshold.setRange(*MEMORY_THRESHOLD_RANGE)
        self.memory_threshold.setSuffix(self.tr(" %"))
        self.memory_threshold.setToolTip(self.tr("100 %: exact matches only; lower also takes "
                                                 "close (fuzzy) matches"))
        self.memory_first.toggled.connect(self.memory_threshold.setEnabled)
        self.propagate = QCheckBox(self.tr("Fill repeated paragraphs when one is confirmed"), self)
        form.addRow("", self.memory_first)
        form.addRow(self.tr("Memory match from:"), self.memory_threshold)
        form.addRow("", self.propagate)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Apply, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons = buttons
        sections = QWidget(self)
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (look, speed, memory):
            column.addWidget(box)
        scroll = QScrollArea(self)
        scroll.setWidget(sections)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._sections, self._scroll = sections, scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        _align_label_columns(look.layout(), speed.layout(), memory.layout())

    def sizeHint(self):
        """Tall enough for every section, but never taller than the screen it opens on."""
        hint = super().sizeHint()
        needed = self._sections.sizeHint().height() + self.buttons.sizeHint().height() + 40
        screen = (self.screen() or self.parentWidget().screen()).availableGeometry()
        hint.setHeight(min(needed, screen.height() - 60))
        hint.setWidth(max(hint.width(), self._sections.sizeHint().width() + 40))
        return hint

    def _on_fast_draft(self, checked: bool) -> None:
        self.beam_size.setEnabled(not checked)
        if checked:
            self.beam_size.setValue(1)
        elif self.beam_size.value() == 1:
            self.beam_size.setValue(4)

    def load(self) -> None:
        """Show the stored values."""
        s = self.settings
        _select(self.arabic_family, s.arabic_font_family)
        self.arabic_size.setValue(s.arabic_font_size)
        self.english_size.setValue(s.english_font_size)
        _select(self.role, s.role)
        self.author.setText(s.author_name)
        self.lock_reviewed.setChecked(s.lock_reviewed)
        _select(self.theme, s.theme)
        _select(self.language, s.ui_language)
        _select(self.engine, s.preferred_engine)
        self.threads.setValue(s.engine_threads)
        _select(self.compute_type, s.compute_type)
        self.beam_size.setValue(s.beam_size)
        self.fast_draft.setChecked(s.beam_size == 1)
        self.index_url.setText(s.model_index_url)
        self.libre_url.setText(s.libretranslate_url)
        self.libre_key.setText(s.libretranslate_key)
        self.memory_first.setChecked(s.memory_first)
        self.memory_threshold.setValue(s.memory_threshold)
        self.memory_threshold.setEnabled(s.memory_first)
        self.propagate.setChecked(s.propagate_repeats)
        self.completion_pause.setValue(s.completion_pause_ms)

    def apply(self) -> None:
        """Write every value through Settings (each emits `changed` only if it changed)."""
        s = self.settings
        s.arabic_font_family = self.arabic_family.currentData()
        s.arabic_font_size = self.arabic_size.value()
        s.english_font_size = self.english_size.value()
        s.role = self.role.currentData()
        s.author_name = self.author.text()  # blank: back to the account's own name
        s.lock_reviewed = self.lock_reviewed.isChecked()
        s.engine_threads = self.threads.value()
        s.compute_type = self.compute_type.currentData()
        s.beam_size = 1 if self.fast_draft.isChecked() else self.beam_size.value()
        s.model_index_url = self.index_url.text()
        s.libretranslate_url = self.libre_url.text()
        s.libretranslate_key = self.libre_key.text()
        s.preferred_engine = self.engine.currentData()
        s.memory_first = self.memory_first.isChecked()
        s.memory_threshold = self.memory_threshold.value()
        s.propagate_repeats = self.propagate.isChecked()
        s.completion_pause_ms = self.completion_pause.value()
        theme, language = self.theme.currentData(), self.language.currentData()
        if self._set_theme is not None:
            self._set_theme(theme)
        else:
            s.theme = theme
        if self._set_language is not None:
            self._set_language(language)
        else:
            s.ui_language = language

    def accept(self) -> None:
        self.apply()
        super().accept()
