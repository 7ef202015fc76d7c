"""The desktop window (PySide6): the only package that imports Qt or qdarkstyle.

Entry point: `workbench.ui.app.run_app(project_path)`. Background work goes through
`workbench.ui.tasks.TaskManager`; the project is reached only through `core.Project` on the
`store` lane.
"""

from workbench.ui import qt_compat  # noqa: F401  (must run before any signal is emitted)
