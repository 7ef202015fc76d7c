"""The translation memory: units a person confirmed, kept per language pair in the user's data
folder, found again by Arabic-aware fuzzy matching (issue 13). A sibling of store, formats and
mt: it imports only glossary, arabic, core and paths.

units.py (Unit, Match) - tokens.py (how a segment is read: clitic-aware word keys, numbers) -
scoring.py (OmegaT-style percent, numbers carried over, penalties) - index.py (the file's tables
and the full-text candidate search) - store.py (MemoryStore: open, add, lookup, concordance).
"""
