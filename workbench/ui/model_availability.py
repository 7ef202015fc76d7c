"""Whether a translation model is installed: the banner that offers one, the model manager.

The check runs on the `io` lane at start-up and after every install or removal; an install
also rebuilds the engine on the `mt` lane so the next draft uses the new model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from workbench.ui.engine_choice import EngineChoice
from workbench.ui.session import ProjectSession
from workbench.ui.settings import Settings
from workbench.ui.tasks import TaskManager
from workbench.ui.translation import TranslationController, model_installed
from workbench.ui.views.model_banner import ModelBanner

if TYPE_CHECKING:
    from workbench.ui.dialogs.model_manager_dialog import ModelManagerDialog


class ModelAvailability(QObject):
    """The model banner and the modeless model manager (one per window, made on first use)
    of one window. GUI thread only.

    `install_dialog()` asks for a model file to install (ProjectFiles); `dialog_parent` owns
    the manager, whose outcomes show in `status_bar`.
    """

    def __init__(self, tasks: TaskManager, settings: Settings, session: ProjectSession,
                 translation: TranslationController, engines: EngineChoice, banner: ModelBanner,
                 install_dialog: Callable[[], None], status_bar: QStatusBar,
                 dialog_parent: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.settings, self.session = tasks, settings, session
        self.translation, self.engines, self.banner = translation, engines, banner
        self.status_bar, self._dialog_parent = status_bar, dialog_parent
        self.dialog: ModelManagerDialog | None = None
        banner.install_requested.connect(install_dialog)
        banner.download_requested.connect(lambda: self.show_manager().download())

    def check(self) -> None:
        """Show the banner if no model is installed (asked on the io lane)."""
        self.tasks.run("io", lambda ctx: model_installed(), success=self._on_check)

    def _on_check(self, installed: bool) -> None:
        self.banner.setVisible(not installed)

    def installed(self, model_id: str = "") -> None:
        """A model was installed or removed: the engine is built again, the banner rechecked."""
        self.banner.hide()
        self.translation.reset_engine()
        self.translation.warm_up()
        self.check()

    def show_manager(self) -> ModelManagerDialog:
        """The model manager, raised (and its list read again) if already made."""
        dialog = self.dialog
        if dialog is None:
            # Imported on first use: building the window does not load the dialog's modules.
            from workbench.ui.dialogs.model_manager_dialog import ModelManagerDialog

            dialog = ModelManagerDialog(self.tasks, self.settings, self.engines.use_for_project,
                                        lambda: self.session.is_open, self._dialog_parent)
            dialog.model_installed.connect(self.installed)
            dialog.model_removed.connect(lambda name: self.installed())
            dialog.engine_chosen.connect(lambda name: self.status_bar.showMessage(
                QCoreApplication.translate("ModelManagerDialog",
                                           "This project now translates with {name}.")
                .format(name=name), 8000))
            self.dialog = dialog
        else:
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog
