"""The translation memory: units a person confirmed, kept per language pair in the user's data
folder, found again by Arabic-aware fuzzy matching (issue 13). A sibling of store, formats and
mt: it imports only glossary, arabic, core and paths.

units.py (Unit, Match) - tokens.py (how a segment is read: clitic-aware word keys, numbers) -
scoring.py (OmegaT-style percent, numbers carried over, penalties) - index.py (the file's tables,
the projects' names and the full-text candidate search) - store.py (MemoryStore: open, migrate,
add, lookup, concordance) - diff.py (which words of a match differ, folded like the scoring).
"""
