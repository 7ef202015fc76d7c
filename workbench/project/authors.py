"""Who is working: the name a person's revisions are saved under.

The window's "Your name" preference and the command line's `edit --author` both start from
`account_name()`, so a project edited from both shows one name in its history unless the person
chose another. Standard library only (the window's settings import this at start-up).
"""

from __future__ import annotations

import getpass
import os


def account_name() -> str:
    """The account's full name (the GECOS field on POSIX), else its login name, else ""."""
    try:
        import pwd  # POSIX only

        entry = pwd.getpwuid(os.getuid())
    except (ImportError, KeyError, AttributeError):
        entry = None
    if entry is not None:
        # GECOS is "Full Name,Room,Work phone,Home phone,Other": the name is the first field.
        full = entry.pw_gecos.split(",", 1)[0].strip()
        return full or entry.pw_name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or the system
        return ""


def clean_author(name: str | None) -> str:
    """An author name as stored: one line, outer spaces trimmed, at most 100 characters."""
    return " ".join((name or "").split())[:100]
