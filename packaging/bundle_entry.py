"""Entry script of the PyInstaller bundle: `workbench [COMMAND ...]`, the window when no command.

A separate script rather than workbench/__main__.py, because PyInstaller puts the script's folder
on the module search path and the package's own folder must not be importable as top level.
"""

import sys

from workbench.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
