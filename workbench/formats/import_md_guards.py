"""Where markdown-it would drop text without a word, and what the Markdown importer does instead.

1. Nesting. markdown-it stops at `maxNesting` levels (20 in the CommonMark preset; a quote is one
   level, a list two) and skips the rest of the container: 100 nested quotes (`> > > ...`) lost
   their text. `guard_nesting` wraps the block tokenizer so that content past the limit becomes
   one paragraph of the innermost container, its leftover quote markers removed. The recursion
   stays bounded by the limit, so no RecursionError either.
2. Raw HTML blocks. `<script>`, `<style>`, `<pre>` and `<textarea>` open a block that runs to its
   closing tag - or, if there is none, to the end of the document, which then vanished (script
   and style text is skipped). `unclosed_raw_blocks` finds such blocks; import_md_windows
   escapes the opening tag's "<" and parses again, so the tag is kept as text and the rest is
   Markdown.
Each repair is reported as a note (the collector logs it as a warning), never silent.
"""

from __future__ import annotations

import re

_RAW_OPEN = re.compile(r"[ \t]*<(script|style|pre|textarea)(?=[\s>]|$)", re.IGNORECASE)
_QUOTE_MARKERS = re.compile(r"^(?:[ \t]*>[ \t]?)+", re.MULTILINE)


def guard_nesting(md, notes: list[str], base: list[int]) -> None:
    """Make `md` keep content nested deeper than its maxNesting (see the module docstring).
    `base[0]` is added to the line numbers in notes (read at each call: windows move it)."""
    block = md.block
    tokenize = block.tokenize
    limit = md.options["maxNesting"]

    def guarded(state, start_line: int, end_line: int) -> None:
        if state.level < limit:
            tokenize(state, start_line, end_line)
            return
        lines = (state.src[state.bMarks[i] + state.tShift[i]: state.eMarks[i]]
                 for i in range(start_line, end_line))
        content = _QUOTE_MARKERS.sub("", "\n".join(line for line in lines if line.strip())).strip()
        if content:
            notes.append(f"line {start_line + 1 + base[0]}: nested more than {limit} levels "
                         "deep; the text inside was kept as one paragraph")
            opener = state.push("paragraph_open", "p", 1)
            inline = state.push("inline", "", 0)
            inline.content = content
            inline.map = opener.map = [start_line, end_line]
            state.push("paragraph_close", "p", -1)
        state.line = end_line

    block.tokenize = guarded


def unclosed_raw_blocks(tokens) -> list[tuple[int, str]]:
    """(0-based line, tag) of every script/style/pre/textarea HTML block without its closing tag."""
    found = []
    for token in tokens:
        if token.type != "html_block" or token.map is None:
            continue
        match = _RAW_OPEN.match(token.content)
        if match and not re.search(f"</{match.group(1)}>", token.content, re.IGNORECASE):
            found.append((token.map[0], match.group(1).lower()))
    return found
