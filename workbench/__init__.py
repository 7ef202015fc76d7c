"""Offline workbench for reading and translating Arabic into English."""

__version__ = "0.1.0"
