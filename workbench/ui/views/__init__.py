"""Widgets that lay out and show data (no project or engine calls)."""
