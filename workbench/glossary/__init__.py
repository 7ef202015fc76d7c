"""Glossary entries, the effective glossary and the terminology check (Qt-free, no I/O).

Layer: above arabic (term matching needs its normalization and clitics), below store, formats
and mt, which store, read and enforce glossaries.
"""
