"""Qt-free domain: types, errors, jobs and the Project facade used by the CLI and the window."""
