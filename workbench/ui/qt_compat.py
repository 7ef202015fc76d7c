"""Work-arounds for defects of the installed Qt binding, applied once when workbench.ui loads.

PySide6 6.12.0 on Python 3.11: every binding method that returns nothing hands back None
without taking a reference, and `SignalInstance.emit()` does the same with True. Each call
(processEvents, setText, emit, ...) therefore drops one reference to a singleton; after a few
thousand calls its count reaches zero and the interpreter aborts ("none_dealloc: deallocating
None" / "bool_dealloc"). 6.11.x is not affected, and on Python >= 3.12 the singletons are
immortal, so nothing happens there.

The guard measures the drift on a few probe calls and, only when it is there, gives None, True
and False a reference count so large that no session can exhaust it (what Python 3.12 does by
design). Pinning PySide6 != 6.12.0 is the real fix; this keeps the window alive meanwhile.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBE_CALLS = 64
_HEADROOM = 1 << 40


class _Probe(QObject):
    fired = Signal()


def reference_drift() -> tuple[int, int]:
    """(lost references to None, lost references to True) over the probe calls."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")  # a method returning void
        probe.fired.emit()
    return none_before - sys.getrefcount(None), true_before - sys.getrefcount(True)


def guard_singleton_refcounts() -> bool:
    """Apply the work-around if the defect is present; returns whether it was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # singletons are immortal there (or refcounts work differently)
    lost_none, lost_true = reference_drift()
    if max(lost_none, lost_true) < _PROBE_CALLS // 2:
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return True


APPLIED = guard_singleton_refcounts()
