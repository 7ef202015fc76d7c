"""The built-in sample: what `make run` shows on a fresh machine.

Builds (or reuses) the sample project in the user's projects folder, translates what nobody has
edited with the best engine installed, and exports the bilingual files.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from workbench import paths
from workbench.core.jobs import JobContext

SAMPLE_NAME = "sample-ar.md"


@dataclass(frozen=True)
class DemoResult:
    project: Path
    engine: str
    exports: tuple[Path, ...]


def sample_document() -> Path:
    """Path of the Arabic sample shipped in the package."""
    return Path(str(resources.files("workbench.resources").joinpath("samples", SAMPLE_NAME)))


def sample_project_path() -> Path:
    return paths.projects_dir() / f"sample{paths.PROJECT_SUFFIX}"


def ensure_sample_project() -> Path:
    """Create the sample project on first use; afterwards it is reused with its edits."""
    from workbench.project import Project

    path = sample_project_path()
    if not path.exists():
        with Project.create(path) as project:
            project.import_document(sample_document())
    return path


def build_demo(out_dir: Path | None = None, ctx: JobContext | None = None) -> DemoResult:
    from workbench.core.errors import ModelNotInstalled
    from workbench.project import Project, pipeline

    path = ensure_sample_project()
    out = Path(out_dir) if out_dir else paths.data_dir() / "exports"
    out.mkdir(parents=True, exist_ok=True)
    with Project.open(path) as project:
        translator = pipeline.Translator(pipeline.EngineSpec(pipeline.project_engine(project) or None))
        try:
            engine = translator.engine
            pipeline.translate(project, translator, ctx or JobContext())
            engine_label = f"{engine.name} ({engine.model})"
        except ModelNotInstalled:
            engine_label = "none installed (paragraphs left untranslated)"
        exports = (
            project.export(out / "sample-bilingual.docx", "docx", "table"),
            project.export(out / "sample-bilingual.md", "md", "blocks"),
        )
    return DemoResult(path, engine_label, exports)
