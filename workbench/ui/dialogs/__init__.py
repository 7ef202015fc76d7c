"""Dialogs: history, shortcuts, find and replace, export."""
