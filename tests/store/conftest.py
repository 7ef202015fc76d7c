from __future__ import annotations

import pytest

from tests.store.support import sample_document
from workbench.store import ProjectStore


@pytest.fixture
def project_path(tmp_path):
    """A closed project holding the sample document."""
    path = tmp_path / "sample.wbproj"
    with ProjectStore.create(path) as store:
        store.add_document(sample_document())
    return path


@pytest.fixture
def store(project_path):
    s = ProjectStore.open(project_path)
    yield s
    s.close()
