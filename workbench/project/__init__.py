"""The Project facade and the Qt-free pipelines the window and the command line share.

Layer: above store, formats and mt (which it drives), below ui and cli (which call it).
"""

from workbench.project.facade import Project

__all__ = ["Project"]
