"""Reading-aid panels the main window docks: word analysis, glossary, terminology issues.

Each panel is a self-contained QWidget that talks to the outside only through signals and a
few plain methods; the window decides which lane carries a request (see docks.py).
"""
