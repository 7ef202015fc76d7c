"""Links, e-mail addresses and @handles never reach a model: the real CTranslate2 engine (tiny
Argos model) translates the Arabic around them and writes them back byte for byte."""

from __future__ import annotations

from workbench.core.jobs import JobContext
from workbench.core.model import TranslationRequest
from workbench.mt.argos_engine import ArgosEngine
from workbench.mt.kept_text import Kept, join_parts, split_kept

LINK = "https://example.org/news?id=12&amp;lang=ar"
MAIL = "desk.news+ar@example.net"


def test_split_and_join():
    parts = split_kept(f"للتفاصيل زوروا {LINK}. أو راسلونا على {MAIL} و@news_desk اليوم")
    assert [p for p in parts if isinstance(p, Kept)] == [LINK, MAIL, "@news_desk"]
    assert split_kept(f"{LINK} . {MAIL}")[1] == Kept(".")  # no letter between: kept as is
    assert join_parts(["Visit", Kept(LINK), Kept("."), "or write"]) == f"Visit {LINK}. or write"


def test_the_model_never_reads_an_address_and_the_draft_keeps_it(installed_tiny_model, monkeypatch):
    engine = ArgosEngine(installed_tiny_model, beam_size=1)
    read: list[str] = []
    encode = ArgosEngine._encode
    monkeypatch.setattr(ArgosEngine, "_encode", lambda self, text: read.append(text) or encode(self, text))
    source = f"للتفاصيل زوروا الموقع {LINK} أو راسلوا المحرر على {MAIL} قبل المساء."
    [draft] = list(engine.translate([TranslationRequest(1, source), ], JobContext()))
    assert LINK in draft.text and MAIL in draft.text  # byte for byte, entity and all
    assert read and not any("example" in text or "@" in text for text in read)
    [only] = list(engine.translate([TranslationRequest(2, LINK)], JobContext()))
    assert only.text == LINK  # nothing to translate: no model call at all
