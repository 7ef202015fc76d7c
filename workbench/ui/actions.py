"""Every command of the window as a QAction with its shortcut, and the menus and toolbar.

Actions are created here, connected by the window. The shortcuts dialog lists the same
objects, so the help can never disagree with what the keys do.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QToolBar

from workbench.ui.display_text import ltr
from workbench.ui.models.status_filter_model import FILTERS, filter_label

Key = QKeySequence.StandardKey
# Literal contexts: lupdate cannot tell whose `tr` an alias like `tr = window.tr` is, and files
# such strings under no context, where the run-time lookup (context "MainWindow") never looks.
translate = QCoreApplication.translate


@dataclass
class Actions:
    new_project: QAction
    open_project: QAction
    import_document: QAction
    export: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    confirm: QAction
    next_row: QAction
    previous_row: QAction
    edit_row: QAction
    mark_edited: QAction
    mark_reviewed: QAction
    mark_approved: QAction
    retranslate: QAction
    translate_all: QAction
    translate_untranslated: QAction
    translate_selected: QAction
    pretranslate: QAction
    sentence_alternatives: QAction
    word_alternatives: QAction
    cancel_translation: QAction
    history: QAction
    progress: QAction
    merge: QAction
    paste_document: QAction
    comment: QAction
    bigger_text: QAction
    smaller_text: QAction
    install_model: QAction
    models: QAction
    preferences: QAction
    shortcuts: QAction
    role_translator: QAction
    role_editor: QAction
    theme_light: QAction
    theme_dark: QAction
    language_en: QAction
    language_ar: QAction
    concordance: QAction
    insert_next_tag: QAction
    copy_source: QAction
    insert_match_1: QAction
    insert_match_2: QAction
    insert_match_3: QAction
    insert_match_4: QAction
    insert_match_5: QAction
    export_qa: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]

    @property
    def insert_matches(self) -> list[QAction]:
        return [getattr(self, f"insert_match_{n}") for n in range(1, 6)]


def _action(parent: QObject, text: str, *keys, tip: str = "", checkable: bool = False) -> QAction:
    action = QAction(text, parent)
    sequences = [QKeySequence(k) for k in keys]
    if sequences:
        action.setShortcuts(sequences)
    if tip:
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    return action


def build_actions(window: QMainWindow, undo: QAction, redo: QAction) -> Actions:
    undo.setShortcuts([QKeySequence(Key.Undo)])
    redo.setShortcuts([QKeySequence(Key.Redo), QKeySequence("Ctrl+Y")])
    return Actions(
        new_project=_action(window, translate("MainWindow", "&New project…"), Key.New),
        open_project=_action(window, translate("MainWindow", "&Open project…"), Key.Open),
        import_document=_action(
            window, translate("MainWindow", "&Import document…"), "Ctrl+I",
            tip=translate("MainWindow", "Add a TXT, Markdown or DOCX file to the project")),
        export=_action(window, translate("MainWindow", "&Export…"), "Ctrl+E"),
        quit=_action(window, translate("MainWindow", "&Quit"), Key.Quit),
        undo=undo,
        redo=redo,
        find=_action(window, translate("MainWindow", "&Find and replace…"), Key.Find),
        confirm=_action(
            window, translate("MainWindow", "&Confirm and go to next"), "Ctrl+Return",
            "Ctrl+Enter", tip=translate("MainWindow", "Marks the paragraph edited (translator) "
                                                      "or reviewed (editor)")),
        next_row=_action(window, translate("MainWindow", "Next paragraph"), "Ctrl+Down"),
        previous_row=_action(window, translate("MainWindow", "Previous paragraph"), "Ctrl+Up"),
        edit_row=_action(window, translate("MainWindow", "Edit the English text"), "F2"),
        mark_edited=_action(window, translate("MainWindow", "Mark &edited"), "Ctrl+Shift+E"),
        mark_reviewed=_action(window, translate("MainWindow", "Mark &reviewed"), "Ctrl+Shift+R"),
        mark_approved=_action(window, translate("MainWindow", "Mark &approved"), "Ctrl+Shift+A"),
        retranslate=_action(window, translate("MainWindow", "&Retranslate this paragraph"),
                            "Ctrl+T"),
        translate_all=_action(
            window, translate("MainWindow", "Translate &all"), "Ctrl+Shift+T",
            tip=translate("MainWindow", "New drafts for every paragraph nobody has edited")),
        translate_untranslated=_action(window, translate("MainWindow", "Translate &untranslated"),
                                       "Ctrl+Shift+U"),
        translate_selected=_action(window, translate("MainWindow", "Translate &selected")),
        sentence_alternatives=_action(
            window, translate("MainWindow", "Sentence &alternatives…"), "Ctrl+Shift+Space",
            tip=translate("MainWindow", "The model's other translations of the sentence at the "
                                        "cursor; choosing one replaces that sentence only")),
        word_alternatives=_action(
            window, translate("MainWindow", "&Word alternatives…"), "Alt+Down",
            tip=translate("MainWindow", "Other words the model would put here; the rest of the "
                                        "sentence follows the one chosen")),
        pretranslate=_action(
            window, translate("MainWindow", "Fill from the translation &memory"), "Ctrl+Shift+M",
            tip=translate("MainWindow", "Drafts from the memory for every paragraph nobody has "
                                        "edited (exact matches, or from the preferences' "
                                        "percent)")),
        cancel_translation=_action(window, translate("MainWindow", "&Cancel translation"),
                                   "Ctrl+."),
        history=_action(window, translate("MainWindow", "&History of this paragraph…"), "Ctrl+H"),
        paste_document=_action(
            window, translate("MainWindow", "New from c&lipboard"), "Ctrl+Shift+V",
            tip=translate("MainWindow", "The text on the clipboard as a new document (into a new "
                                        "project when none is open)")),
        merge=_action(window, translate("MainWindow", "&Merge review or XLIFF…"),
                      tip=translate("MainWindow", "Bring back a review DOCX edited in Word or "
                                                  "LibreOffice, or a translated XLIFF file")),
        progress=_action(window, translate("MainWindow", "P&rogress…"),
                         tip=translate("MainWindow", "Paragraphs, Arabic words and characters by "
                                                     "status, per document")),
        comment=_action(window, translate("MainWindow", "&Comment"), "Ctrl+M", checkable=True),
        bigger_text=_action(window, translate("MainWindow", "&Larger text"), Key.ZoomIn,
                            "Ctrl+="),
        smaller_text=_action(window, translate("MainWindow", "&Smaller text"), Key.ZoomOut),
        install_model=_action(window, translate("MainWindow", "&Install model from file…")),
        models=_action(window, translate("MainWindow", "&Models…"),
                       tip=translate("MainWindow", "Install, download, remove and choose "
                                                   "translation models")),
        preferences=_action(window, translate("MainWindow", "&Preferences…"), "Ctrl+,"),
        shortcuts=_action(window, translate("MainWindow", "&Keyboard shortcuts"), "F1"),
        role_translator=_action(window, translate("MainWindow", "I am the &translator"),
                                checkable=True),
        role_editor=_action(window, translate("MainWindow", "I am the &editor"), checkable=True),
        theme_light=_action(window, translate("MainWindow", "&Light"), checkable=True),
        theme_dark=_action(window, translate("MainWindow", "&Dark"), checkable=True),
        language_en=_action(window, "English", checkable=True),
        language_ar=_action(window, "العربية", checkable=True),
        concordance=_action(
            window, translate("MainWindow", "C&oncordance…"), "Ctrl+Shift+F",
            tip=translate("MainWindow", "Search the translation memory for Arabic words")),
        # F9 and Ctrl+Shift+S: the keys memoQ gives these two commands, which translators know.
        insert_next_tag=_action(
            window, translate("MainWindow", "Insert next &tag"), "F9",
            tip=translate("MainWindow", "The first tag of the Arabic not yet in the English, at "
                                        "the cursor (around the selected words)")),
        copy_source=_action(
            window, translate("MainWindow", "Cop&y source to target"), "Ctrl+Shift+S",
            tip=translate("MainWindow", "The Arabic with its tags into the editor, in place of "
                                        "its text (Ctrl+Z in the editor takes it back)")),
        **{f"insert_match_{n}": _action(
            window, translate("MainWindow", "Insert match {n}").format(n=n), f"Ctrl+{n}")
           for n in range(1, 6)},
        export_qa=_action(
            window, translate("MainWindow", "Export &QA report…"),
            tip=translate("MainWindow", "Every quality problem of the project as an HTML page or "
                                        "a CSV table a reviewer can read without the workbench")),
    )


def _group(parent: QObject, *actions: QAction) -> QActionGroup:
    group = QActionGroup(parent)
    group.setExclusive(True)
    for action in actions:
        group.addAction(action)
    return group


def build_menus(window: QMainWindow, a: Actions, recent_menu: QMenu,
                filter_actions: dict[str, QAction]) -> tuple[QToolBar, QToolBar]:
    """Fill the menu bar and return the two toolbars: project and translation commands, and
    the commands on the current paragraph (a narrow window puts the second below the first)."""
    bar = window.menuBar()
    project = bar.addMenu(translate("MainWindow", "&Project"))
    project.addActions([a.new_project, a.open_project])
    project.addMenu(recent_menu)
    project.addSeparator()
    project.addActions([a.import_document, a.paste_document, a.export, a.export_qa, a.merge,
                        a.progress])
    project.addSeparator()
    project.addAction(a.quit)

    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    edit.setObjectName("menu_edit")  # panels add their actions to it by name
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.edit_row, a.confirm, a.next_row, a.previous_row])
    edit.addSeparator()
    edit.addActions([a.mark_edited, a.mark_reviewed, a.mark_approved])
    edit.addSeparator()
    edit.addActions([a.find, a.history, a.comment])
    edit.addSeparator()
    edit.addActions([a.insert_next_tag, a.copy_source])
    edit.addSeparator()
    edit.addActions([a.concordance, *a.insert_matches])
    edit.addSeparator()
    edit.addAction(a.preferences)

    translate_menu = bar.addMenu(translate("MainWindow", "&Translate"))
    translate_menu.addActions([a.retranslate, a.translate_all, a.translate_untranslated,
                               a.translate_selected, a.pretranslate, a.cancel_translation])
    translate_menu.addSeparator()
    translate_menu.addActions([a.sentence_alternatives, a.word_alternatives])
    translate_menu.addSeparator()
    translate_menu.addActions([a.install_model, a.models])

    view = bar.addMenu(translate("MainWindow", "&View"))
    view.setObjectName("menu_view")
    show = view.addMenu(translate("MainWindow", "&Show"))
    show.addActions(list(filter_actions.values()))
    view.addSeparator()
    view.addActions([a.bigger_text, a.smaller_text])
    theme = view.addMenu(translate("MainWindow", "&Theme"))
    theme.addActions([a.theme_light, a.theme_dark])
    language = view.addMenu(translate("MainWindow", "&Language"))
    language.addActions([a.language_en, a.language_ar])
    role = view.addMenu(translate("MainWindow", "&Role"))
    role.addActions([a.role_translator, a.role_editor])

    helpmenu = bar.addMenu(translate("MainWindow", "&Help"))
    helpmenu.addAction(a.shortcuts)

    for group in ((a.role_translator, a.role_editor), (a.theme_light, a.theme_dark),
                  (a.language_en, a.language_ar), tuple(filter_actions.values())):
        _group(window, *group)

    style = window.style()
    for action, theme_name, standard in (
        (a.new_project, "document-new", QStyle.StandardPixmap.SP_FileIcon),
        (a.open_project, "document-open", QStyle.StandardPixmap.SP_DirOpenIcon),
    ):
        # Icons only where a picture says it better than a word; the undo action's text
        # changes with each edit and would make the toolbar jump.
        action.setIcon(QIcon.fromTheme(theme_name, style.standardIcon(standard)))
    paint_arrow_icons(a, window.palette(), window.layoutDirection())
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.addActions([a.new_project, a.open_project, a.import_document, a.export])
    toolbar.addSeparator()
    toolbar.addActions([a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.translate_untranslated, a.translate_all, a.retranslate])
    paragraph_bar = QToolBar(translate("MainWindow", "Paragraph toolbar"), window)
    paragraph_bar.setObjectName("paragraphToolbar")
    paragraph_bar.addActions([a.confirm, a.mark_reviewed, a.mark_approved, a.find])
    for tools in (toolbar, paragraph_bar):
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonFollowStyle)
    return toolbar, paragraph_bar


def paint_arrow_icons(a: Actions, palette: QPalette, direction: Qt.LayoutDirection) -> None:
    """Undo and redo as arrows in the palette's button-text colour (the style's own arrows are
    black, invisible on a dark toolbar); call again when the theme changes. Undo points to where
    the text starts: left in the English interface, right in the Arabic one."""
    rtl = direction == Qt.LayoutDirection.RightToLeft
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    back = palette.color(QPalette.ColorRole.Window)
    # Disabled: dimmer, still visible (Qt's generated grey of a dark arrow is not, on dark).
    disabled = QColor.fromRgbF(*(0.7 * n + 0.3 * b for n, b in zip(
        normal.getRgbF()[:3], back.getRgbF()[:3], strict=True)))
    for action, backwards in ((a.undo, not rtl), (a.redo, rtl)):
        icon = QIcon()
        for size in (16, 24, 32, 48):
            for mode, color in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
                icon.addPixmap(_arrow(size, color, backwards), mode)
        action.setIcon(icon)


def _arrow(size: int, color: QColor, left: bool) -> QPixmap:
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    tip, back = (0.22 * size, 0.72 * size) if left else (0.78 * size, 0.28 * size)
    painter.drawPolygon(QPolygonF([QPointF(tip, size / 2), QPointF(back, 0.2 * size),
                                   QPointF(back, 0.8 * size)]))
    painter.end()
    return pixmap


def isolate_menu_shortcuts(menu_bar) -> None:
    """In a right-to-left interface, each menu entry's keys as an isolated left-to-right run:
    unisolated, "Ctrl++" is drawn "++Ctrl". A menu shows what follows a tab in an action's text
    in place of its shortcut, so the isolated keys go there; toolbars keep the plain text."""
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    menus = list(menu_bar.findChildren(QMenu))
    for action in {a for menu in menus for a in menu.actions()}:
        text = action.text()
        if action.shortcut().isEmpty() or "\t" in text or action.menu() is not None:
            continue
        action.setIconText(action.iconText())  # fixed now: it would show the keys as well
        action.setText(f"{text}\t{shortcut_text(action, isolated=True)}")


def shortcut_text(action: QAction, *, isolated: bool = False) -> str:
    """The action's key sequences for people; `isolated`: each an isolated left-to-right run
    (for right-to-left text)."""
    keys = (s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
    return ", ".join(ltr(k) if isolated else k for k in keys)


def build_filter_actions(window: QMainWindow) -> dict[str, QAction]:
    actions = {}
    for name in FILTERS:
        action = QAction(filter_label(name), window)
        action.setCheckable(True)
        action.setData(name)
        actions[name] = action
    actions["all"].setChecked(True)
    return actions
