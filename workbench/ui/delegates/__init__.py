"""Item delegates: how cells are painted, measured and edited."""
