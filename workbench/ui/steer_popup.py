"""The popup of the model's alternatives: a menu under the sentence (or word) they replace.

The text as it is now comes first, checked (choosing it changes nothing); then the options in
the model's order, those keeping every glossary term first; an option that drops a term comes
last, after a separator, marked, with a tooltip naming the term. Long sentences are elided to
the width of half a screen; the whole sentence is the entry's tooltip. Each option entry holds
its number in `options` as its data; the current text holds None.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QMenu, QWidget

from workbench.mt.steer import Option

FLAG = "\u26a0"  # the marker of an option that drops a glossary term
LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate, pop directional isolate
MAX_WIDTH = 640  # px: an entry wider than this is elided (the tooltip holds all of it)


translate = QCoreApplication.translate  # literal calls: lupdate reads them


def dropped_terms_tip(missing: tuple[str, ...]) -> str:
    terms = ", ".join(f"“{term}”" for term in missing)
    if len(missing) == 1:
        return translate("SteerPopup", "Drops the glossary term {terms}").format(terms=terms)
    return translate("SteerPopup", "Drops the glossary terms {terms}").format(terms=terms)


def _entry(menu: QMenu, label: str, tooltip: str) -> QAction:
    metrics = QFontMetrics(menu.font())
    shown = metrics.elidedText(" ".join(label.split()), Qt.TextElideMode.ElideRight, MAX_WIDTH)
    # "&" is a mnemonic in a menu entry. The English is isolated left-to-right: a menu follows
    # the interface's direction (Arabic: right-to-left), its sentences must still read right.
    action = menu.addAction(LRI + shown.replace("&", "&&") + PDI)
    action.setToolTip(tooltip)
    return action


def alternatives_menu(parent: QWidget, current: str, options: list[Option],
                      labels: list[str]) -> QMenu:
    """A menu offering `options` (shown as `labels`, one each) in place of `current`."""
    menu = QMenu(parent)
    menu.setObjectName("steer_alternatives")
    menu.setToolTipsVisible(True)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    now = _entry(menu, current or translate("SteerPopup", "(empty)"), translate("SteerPopup", "The text as it is now"))
    now.setCheckable(True)
    now.setChecked(True)
    now.setData(None)
    menu.addSeparator()
    keeping = [i for i, option in enumerate(options) if option.keeps_terms]
    dropping = [i for i, option in enumerate(options) if not option.keeps_terms]
    for i in keeping:
        _entry(menu, labels[i], options[i].text).setData(i)
    if dropping and keeping:
        menu.addSeparator()
    for i in dropping:
        tip = dropped_terms_tip(options[i].missing)
        _entry(menu, f"{FLAG} {labels[i]}", f"{tip}\n{options[i].text}").setData(i)
    return menu


def plain(label: str) -> str:
    """An entry's text as shown (no isolates, no doubled "&")."""
    return label.replace(LRI, "").replace(PDI, "").replace("&&", "&")


def option_actions(menu: QMenu) -> list[QAction]:
    """The entries of `menu` that hold an option (tests and callers read them)."""
    return [a for a in menu.actions() if not a.isSeparator() and a.data() is not None]
