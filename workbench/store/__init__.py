"""The project file: one SQLite database through sqlite-utils. Only `repository` knows table names.

Modules: `lock` (the "open elsewhere" lock file), `connection` (recognise a file without writing,
durable pragmas), `migrations` (the schema), `repository` (all SQL), `project_store` (ProjectStore:
life cycle and one transaction per write).
"""

from workbench.store.project_store import ProjectStore

__all__ = ["ProjectStore"]
