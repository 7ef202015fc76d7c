"""Sentence and word alignment of an Arabic paragraph and its English: the one entry point.

`align(source, target, engine=None, glossary=None)` works for any English (a machine draft, a
gloss draft, a translator's edit): sentence pairs (align_sentences), lexical links (BAMA
glosses, numbers, transliterated names: align_lexicon), glossary links (align_glossary, which
win for the English words they cover) and, when `engine` is a CTranslate2 engine (Argos or
Marian), attention links (align_model) combined with the lexical ones (align_links.combine).

Qt-free. Lexical alignment uses the process-wide morphology analyzer (loaded once, lazily,
thread-safe: the `nlp` lane); model links use the engine, so with an engine call this on the
thread that owns it (the `mt` lane).
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.mt.align_links import Link, combine


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentence pairs and word links of one paragraph; indices are 0-based positions in
    `source.split()` / `target.split()` (words) and in the sentence splits (sentences)."""

    source_words: tuple[str, ...]
    target_words: tuple[str, ...]
    sentences: tuple[tuple[int, int], ...]
    links: tuple[Link, ...]
    model: str = ""  # the model whose attention was used; "" for lexicon only

    def sources_of(self, target: int) -> list[int]:
        """Arabic word indices linked to English word `target`, strongest first."""
        found = sorted((link for link in self.links if link.target == target), key=lambda l: -l.weight)
        return [link.source for link in found]

    def targets_of(self, source: int) -> list[int]:
        """English word indices linked to Arabic word `source`, in text order."""
        return sorted({link.target for link in self.links if link.source == source})

    def partners_of_source_sentence(self, sentence: int) -> list[int]:
        return [t for s, t in self.sentences if s == sentence]

    def partners_of_target_sentence(self, sentence: int) -> list[int]:
        return [s for s, t in self.sentences if t == sentence]

    def as_dict(self) -> dict:
        """The `workbench mt align --format json` shape (a stable interface for scripts)."""
        return {
            "sentences": [list(pair) for pair in self.sentences],
            "links": [link.as_dict() for link in self.links],
            "source_words": list(self.source_words),
            "target_words": list(self.target_words),
            "model": self.model,
        }


def align(source: str, target: str, engine=None, glossary=None) -> Alignment:
    """Align `source` (Arabic) and `target` (English). `engine`: a CTranslate2 engine whose
    attention to add (anything else, or None: lexicon only). `glossary`: a Glossary or a list of
    GlossaryEntry, optional."""
    from workbench.mt.align_glossary import glossary_links
    from workbench.mt.align_lexicon import lexicon_links
    from workbench.mt.align_model import model_links, supports_attention
    from workbench.mt.align_sentences import sentence_pairs

    lexical = lexicon_links(source, target)
    terms = glossary_links(source, target, glossary) if glossary is not None else []
    if terms:
        lexical = _with_terms(lexical, terms)
    model = ""
    if engine is not None and supports_attention(engine):
        links = combine(lexical, model_links(engine, source, target))
        model = str(getattr(engine, "model", "") or "")
    else:
        links = sorted(lexical, key=lambda link: (link.target, link.source))
    return Alignment(tuple(source.split()), tuple(target.split()),
                     tuple(sentence_pairs(source, target)), tuple(links), model)  # fmt: skip


def _with_terms(lexical: list[Link], terms: list[Link]) -> list[Link]:
    """Glossary links replace the lexical links of the English words they cover; inside a term
    an English word the lexicon links to one of the term's Arabic words keeps just that link
    (African -> الأفريقي, not all three words of بنك التنمية الأفريقي)."""
    by_target: dict[int, list[Link]] = {}
    for link in terms:
        by_target.setdefault(link.target, []).append(link)
    kept = [link for link in lexical if link.target not in by_target]
    for target, links in by_target.items():
        sources = {link.source for link in links}
        inside = [link.source for link in lexical if link.target == target and link.source in sources]
        if inside:
            kept.extend(Link(s, target, 1.0, "glossary") for s in inside)
        else:
            kept.extend(links)
    return kept
