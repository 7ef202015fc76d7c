"""Which engine the window translates with, and with which options: settings and project.

The engine name is the project's own "engine" setting (chosen in the model manager), else the
preferred engine from the preferences, else the best installed model. Speed settings (threads,
compute type, beam size) become engine options; the LibreTranslate server is used only when its
name is chosen. A change of any of these recreates the engine on the mt lane.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from workbench.ui.session import ProjectSession
from workbench.ui.settings import ENGINE_KEYS, Settings

LIBRETRANSLATE = "libretranslate"
PROJECT_KEY = "engine"


def engine_spec(settings: Settings, project_engine: str = "") -> tuple[str | None, dict]:
    """(name for get_engine or None for the best, options) from the settings."""
    name = project_engine or settings.preferred_engine or None
    if name == LIBRETRANSLATE:
        return name, {"url": settings.libretranslate_url, "api_key": settings.libretranslate_key}
    options: dict = {"beam_size": settings.beam_size, "compute_type": settings.compute_type}
    if settings.engine_threads:  # the engine splits them into workers (ct2_engine)
        options["threads"] = settings.engine_threads
    return name, options


def load_engine(name: str | None, options: dict):
    """Build the engine (mt lane only). Raises ModelNotInstalled, UnknownEngine, ..."""
    if name == LIBRETRANSLATE:
        from workbench.mt.libretranslate import engine_from_settings

        return engine_from_settings(options.get("url"), options.get("api_key"))
    from workbench.mt.engines import get_engine

    return get_engine(name, **options)


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

        self.session.run(lambda p: p.set_setting(PROJECT_KEY, name), success=done,
                          failure=failure, generation=generation)

    def _read_project(self) -> None:
        def done(value) -> None:
            if (value or "") != self.project_engine:
                self.project_engine = value or ""
                self.apply()

        self.session.run(lambda p: p.setting(PROJECT_KEY, ""), success=done)

    def _on_setting_changed(self, key: str) -> None:
        if key in ENGINE_KEYS:
            self._pending.start()
