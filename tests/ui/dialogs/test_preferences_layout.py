"""Preferences: its three sections lay their fields out alike (one form policy, one label column
width), so the fields of both start at the same x, in the English and the Arabic interface."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFormLayout, QGroupBox

from workbench.ui.dialogs.preferences_dialog import PreferencesDialog
from workbench.ui.i18n import apply_language


@pytest.fixture(params=["en", "ar"])
def dialog(request, qtbot, qapp, settings):
    assert apply_language(qapp, request.param)
    widget = PreferencesDialog(settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    apply_language(qapp, "en")  # the application is shared by every UI test


def _forms(dialog) -> list[QFormLayout]:
    forms = [box.layout() for box in dialog.findChildren(QGroupBox)]
    assert len(forms) == 3 and all(isinstance(f, QFormLayout) for f in forms)
    return forms


def test_every_section_lays_out_its_fields_alike(dialog):
    forms = _forms(dialog)
    for attribute in ("labelAlignment", "formAlignment", "fieldGrowthPolicy", "rowWrapPolicy"):
        assert len({getattr(form, attribute)() for form in forms}) == 1, attribute
    edges = set()
    for form in forms:
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            # The leading edge: left in the English interface, right in the Arabic one.
            x = 0 if dialog.isLeftToRight() else field.width()
            edges.add(field.mapTo(dialog, QPoint(x, 0)).x())
    assert len(edges) == 1, edges


def test_the_dialog_fits_a_small_screen_and_keeps_its_buttons_in_view(dialog):
    """On a screen shorter than the sections (a 1024x700 laptop), they scroll; OK stays shown."""
    from PySide6.QtWidgets import QScrollArea

    screen = dialog.screen().availableGeometry()
    assert dialog.sizeHint().height() <= screen.height() - 60
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and dialog.buttons.parent() is dialog  # outside the scrolled part
