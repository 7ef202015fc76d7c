"""Cleanup of model artefacts in English output."""

from __future__ import annotations

import pytest

from workbench.mt.cleanup import clean_translation

CASES = [
    ("The cat sat.", "The cat sat."),
    ("He said &apos;no&apos; .", "He said 'no'."),
    ("&quot;Yes&quot;, she said.", '"Yes", she said.'),
    ("Salt &amp; pepper", "Salt & pepper"),
    ("It&#39;s here", "It's here"),
    ("It&#x27;s here", "It's here"),
    ("It&amp;apos;s doubled", "It's doubled"),
    # words that merely look like entity names stay as they are
    ("AT&T and R&D; &notice &copy", "AT&T and R&D; &notice &copy"),
    ("The ⁇ minister ⁇ said.", "The minister said."),
    ("⁇ Hello", "Hello"),
    ("word <unk> word", "word word"),
    ("split\u2581pieces", "split pieces"),
    ("Where is it؟?", "Where is it?"),
    ("Where is it??", "Where is it?"),
    ("Where is it? ?", "Where is it?"),
    ("Really?!", "Really?!"),
    ("First، second؛ third؟", "First, second; third?"),
    ("Growth of 5 ٪ .", "Growth of 5%."),
    ("Hello , world !", "Hello, world!"),
    ("He left . .", "He left."),
    ("And then...", "And then..."),
    ("Wait ... what", "Wait... what"),
    ("( see above )", "(see above)"),
    ("«quoted»", '"quoted"'),
    ("  spaced   out  ", "spaced out"),
    ("line one \n line two", "line one\nline two"),
    ("3.5 percent", "3.5 percent"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "clean"), CASES)
def test_clean(raw, clean):
    assert clean_translation(raw) == clean


def test_clean_is_idempotent():
    for raw, _ in CASES:
        once = clean_translation(raw)
        assert clean_translation(once) == once
