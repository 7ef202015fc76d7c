"""Peak memory of the running process, for the benchmarks that measure each step in a child.

VmHWM, not ru_maxrss: Linux keeps the larger of the old and new ru_maxrss across fork and exec,
so a child started by a big benchmark process would report the parent's peak as its own.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux
