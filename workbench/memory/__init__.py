"""The translation memory: units a person confirmed, kept per language pair in the user's data
folder, found again by Arabic-aware fuzzy matching (issue 13). A sibling of store, formats and
mt: it imports only glossary, arabic, core and paths."""
