"""Which engine the window translates with, and with which options: settings and project.

The rule is the command line's (project.pipeline.choose_engine): the project's own engine
setting (chosen in the model manager, or `workbench models default`), else the preferred engine
from the preferences, else the best installed model. Speed settings (threads, compute type, beam
size) become engine options; the LibreTranslate server is used only when its name is chosen. A
change of any of these recreates the engine on the mt lane.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from workbench.project import pipeline
from workbench.ui.session import ProjectSession
from workbench.ui.settings import ENGINE_KEYS, Settings

LIBRETRANSLATE = "libretranslate"


def engine_spec(settings: Settings, project_engine: str = "") -> tuple[str | None, dict]:
    """(name for get_engine or None for the best, options) from the settings."""
    name = pipeline.choose_engine(project_engine, settings.preferred_engine)
    if name == LIBRETRANSLATE:
        return name, {"url": settings.libretranslate_url, "api_key": settings.libretranslate_key}
    options: dict = {"beam_size": settings.beam_size, "compute_type": settings.compute_type}
    if settings.engine_threads:  # the engine splits them into workers (ct2_engine)
        options["threads"] = settings.engine_threads
    return name, options


class EngineChoice(QObject):
    """Keeps the TranslationController's engine in step with settings and the open project.

    GUI thread. `project_engine` is the open project's "engine" setting ("" when none).
    """

    def __init__(self, settings: Settings, session: ProjectSession, translation,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.translation = translation
        self.project_engine = ""
        # Preferences write several keys at once: rebuild the engine once, after the last.
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.apply)
        settings.changed.connect(self._on_setting_changed)
        session.opened.connect(lambda snapshot: self._read_project())
        self.apply(warm=False)

    def stop(self) -> None:
        """The window is closing (its lanes stop): ignore later setting changes."""
        self._pending.stop()
        self.settings.changed.disconnect(self._on_setting_changed)

    def apply(self, warm: bool = True) -> None:
        self.translation.configure_engine(*engine_spec(self.settings, self.project_engine))
        if warm:
            self.translation.warm_up()

    def use_for_project(self, name: str, success=None, failure=None) -> None:
        """Store `name` as the open project's engine and switch to it. Chosen for the project
        the window shows: if another one is open by the store lane's turn, nothing is stored
        and `failure` gets ProjectChanged."""
        generation = self.session.generation

        def done(_):
            if generation != self.session.generation:
                return
            self.project_engine = name
            self.apply()
            if success is not None:
                success(name)

        self.session.run(lambda p: p.set_setting(pipeline.ENGINE_SETTING, name), success=done,
                          failure=failure, generation=generation)

    def _read_project(self) -> None:
        def done(value) -> None:
            if (value or "") != self.project_engine:
                self.project_engine = value or ""
                self.apply()

        self.session.run(pipeline.project_engine, success=done)

    def _on_setting_changed(self, key: str) -> None:
        if key in ENGINE_KEYS:
            self._pending.start()
