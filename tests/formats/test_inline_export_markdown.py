"""Inline formatting in Markdown exports, as pandoc (Markdown and GFM readers) and markdown-it
render it: every formatted run comes back inside the element of its style (<strong>, <em>,
<del>, <code>, <sup>, <sub>, <u>, <a href>), every word as written, in the source and the
target, in every layout; random texts full of markup characters with random tags included."""

from __future__ import annotations

import random

import pytest

from tests.formats.test_markdown_export_renderers import PIECES, RENDERERS, normal, parse
from workbench.core import inline
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats import prepare_export as prep
from workbench.formats.markdown_export import render_markdown

HREFS = ("https://example.org/a?b=1&c=2", "https://example.org/x_(y)", "http://e.org/a b|c")
STYLE_TAGS = {"b": ("strong", "b"), "i": ("em", "i"), "s": ("del", "s"), "code": ("code",),
              "sup": ("sup",), "sub": ("sub",), "u": ("u",)}
KINDS = ("b", "i", "s", "code", "sup", "sub", "u", "b i", "link", "note")


def squeeze(text: str) -> str:
    return "".join(text.split())


def random_paragraph(chance: random.Random, pid: int, kind: Kind) -> Paragraph:
    """Source: Arabic words and markup characters with marks over them; target: English words
    carrying the same tags (each span around one or more pieces)."""
    words = ["".join(chance.choice(PIECES) for _ in range(chance.randint(1, 6))) for _ in range(8)]
    kinds: dict[int, tuple] = {}
    parts, number = [], 0
    for word in words:
        if chance.random() < 0.5 and number < 12:
            number += 1
            mark_kind = chance.choice(KINDS)
            if mark_kind == "note":
                kinds[number] = ("note", "footnote:1", str(number))
                parts.append(word + inline.solo_tag(number))
                continue
            kinds[number] = (mark_kind, chance.choice(HREFS) if mark_kind == "link" else "")
            parts.append(inline.open_tag(number) + word + inline.close_tag(number))
        else:
            parts.append(word)
    tagged = "English " + " ".join(parts)
    source, marks = inline.split("عربي " + " ".join(parts), kinds)
    # the target's numbers follow the source's marks (split renumbers them in order)
    target = inline.tagged(*inline.split(tagged, kinds))
    return Paragraph(id=pid, document_id=1, position=pid, kind=kind, source=source, target=target,
                     level=1, status=Status.EDITED, marks=marks)


def expected(paragraph: Paragraph, text: str) -> dict[str, str]:
    """Per style (and "link <href>"), the words its runs hold, white space squeezed out."""
    found: dict[str, str] = {}
    for run in prep.formatted(text, paragraph):
        keys = {"sup"} if run.solo == "note" else set() if run.solo else set(run.styles)
        if run.href and not run.solo:
            keys.add(f"link {run.href}")
        for key in keys:
            found[key] = found.get(key, "") + squeeze(run.text)
    return {key: words for key, words in found.items() if words}


def rendered(element, key: str) -> str:
    if key.startswith("link "):
        href = key[5:]
        anchors = [a for a in element.iter("a") if a.get("href") in (href, href.replace(" ", "%20"),
                                                                   href.replace(" ", "%20").replace("|", "%7C"))]
    else:
        anchors = [e for e in element.iter(*STYLE_TAGS[key]) if not any(
            a.tag in STYLE_TAGS[key] for a in e.iterancestors())]
    return "".join(squeeze(a.text_content()) for a in anchors)


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("layout", ["blocks", "target", "table"])
def test_random_tagged_texts_render_with_their_formatting(renderer, layout):
    chance = random.Random(15 + len(layout))
    kinds = [Kind.PARAGRAPH, Kind.HEADING, Kind.LIST_ITEM, Kind.QUOTE]
    items = [random_paragraph(chance, i, kinds[i % 4]) for i in range(40)]
    root = parse(RENDERERS[renderer](render_markdown(items, layout)))
    if layout == "table":
        places = [(p, cell, text) for p, row in zip(items, root.xpath("//tr")[1:], strict=True)
                  for cell, text in zip(row, (prep.tagged_source(p), prep.bilingual_target(p, tags=True)),
                                        strict=True)]
    else:
        blocks = [e for e in root.iter("h1", "p", "li") if not any(
            d is not e for d in e.iter("p"))]
        texts = [[prep.tagged_source(p), prep.bilingual_target(p, tags=True)] if layout == "blocks"
                 else [prep.target_only_text(p, tags=True)[0]] for p in items]
        pairs = [(p, t) for p, ts in zip(items, texts, strict=True) for t in ts]
        assert len(blocks) == len(pairs)
        places = [(p, block, t) for (p, t), block in zip(pairs, blocks, strict=True)]
    for paragraph, element, text in places:
        words = "".join(squeeze(r.text) for r in prep.formatted(text, paragraph) if r.solo != "image")
        assert squeeze(element.text_content()) == words, (text, element.text_content())
        for key, want in expected(paragraph, text).items():
            if layout == "table" and paragraph.kind == Kind.HEADING and key == "b":
                continue  # a heading cell is bold as a whole
            assert rendered(element, key) == want, (key, inline.visible(text))


@pytest.mark.parametrize("renderer", RENDERERS)
def test_bold_words_and_links_in_arabic_stay_right_to_left(renderer):
    source = "قال الوزير إن الخطة جاهزة"
    marks = (inline.Mark(1, "b", 4, 10), inline.Mark(2, "link", 14, 19, href=HREFS[0]),
             inline.Mark(3, "note", 25, 25, href="footnote:1", text="4"))
    target = (f"The {inline.open_tag(1)}minister{inline.close_tag(1)} said the "
              f"{inline.open_tag(2)}plan{inline.close_tag(2)} is ready{inline.solo_tag(3)}")
    item = Paragraph(id=1, document_id=1, position=0, kind=Kind.PARAGRAPH, source=source,
                     target=target, status=Status.EDITED, marks=marks)
    for layout in ("blocks", "table"):
        root = parse(RENDERERS[renderer](render_markdown([item], layout)))
        (arabic,) = [e for e in root.iter() if e.get("dir") == "rtl"]
        assert [normal(e.text_content()) for e in arabic.iter("strong", "b")] == ["الوزير"]
        assert [a.get("href") for a in arabic.iter("a")] == [HREFS[0]]
        assert [normal(e.text_content()) for e in root.iter("strong", "b")] == ["الوزير", "minister"]
        assert [normal(e.text_content()) for e in root.iter("sup")] == ["4", "4"]
        assert "ready4" in normal(root.text_content())


@pytest.mark.parametrize("renderer", RENDERERS)
def test_each_document_begins_with_a_rule_and_its_name(renderer):
    items = [Paragraph(id=i, document_id=1 + i // 2, position=i, kind=Kind.PARAGRAPH,
                       source="نص", target=f"text {i}", status=Status.EDITED) for i in range(4)]
    names = {1: "first.docx", 2: "second.docx"}
    for layout in ("blocks", "target", "table"):
        root = parse(RENDERERS[renderer](render_markdown(items, layout, documents=names)))
        assert len(root.xpath("//hr")) == 2
        shown = normal(root.text_content())
        assert shown.index("Document: first.docx") < shown.index("text 1") \
            < shown.index("Document: second.docx") < shown.index("text 2")
    single = render_markdown(items[:2], "blocks", documents={1: "first.docx"})
    assert "first.docx" not in single and "* * *" not in single
