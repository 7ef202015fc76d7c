"""The project file: one SQLite database through sqlite-utils. Only `repository` knows table names."""
