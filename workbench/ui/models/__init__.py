"""Qt item models over in-memory domain objects (no I/O in data())."""
