"""The PySide6 6.12.0 reference-count defect must not be able to abort the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from workbench.ui import qt_compat


class _Emitter(QObject):
    fired = Signal(object)


def test_many_void_calls_and_emits_do_not_exhaust_the_singletons(qtbot):
    # Without the guard, PySide6 6.12.0 on Python 3.11 aborts the process within a few
    # thousand of these calls (None/True reach a reference count of zero).
    emitter = _Emitter()
    seen = []
    emitter.fired.connect(seen.append)
    for n in range(50_000):
        emitter.setObjectName("x")
        emitter.fired.emit(n)
    assert len(seen) == 50_000
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0


def test_the_guard_is_applied_exactly_when_the_binding_drops_references():
    lost_none, lost_true = qt_compat.reference_drift()
    defective = max(lost_none, lost_true) >= 32 and sys.version_info < (3, 12)
    assert qt_compat.APPLIED == defective
