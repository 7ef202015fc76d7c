"""Shared test data for the store tests: our own Arabic text, odd characters, file hashes."""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

from workbench.core.model import Kind, Segment, SourceDocument

REPO_ROOT = Path(__file__).resolve().parents[2]

# Written for these tests.
SAMPLE_SEGMENTS = (
    Segment(Kind.HEADING, "رحلة إلى الساحل", level=1),
    Segment(Kind.PARAGRAPH, "خرج الصيّاد قبل الفجر، وعاد إلى الشاطئ وفي شبكته سمكة واحدة كبيرة."),
    Segment(Kind.PARAGRAPH, "قال المعلّم لتلاميذه إن الكتابة مهارة تنمو بالصبر وكثرة المحاولة."),
    Segment(Kind.LIST_ITEM, "شراء الخبز والحليب من السوق القديم", level=1),
    Segment(Kind.TABLE_CELL, "تبلغ المسافة بين المدينتين ٣٥٠ كيلومترًا تقريبًا."),
    Segment(Kind.QUOTE, "كانت النافذة مفتوحة، فدخل نسيم المساء وحرّك أوراق الدفتر."),
    Segment(Kind.CODE, "print('مرحبا')", translatable=False),
)

# Pieces a translator's text can really contain: diacritics, tatweel, ZWNJ/ZWJ, bidi marks and
# isolates, Arabic-Indic digits, a presentation form, emoji, a combining accent, quotes, a
# backslash, tab, newline, no-break space and even NUL.
ODD_PIECES = (
    "قالَ", "الطالبُ", "مـــرحبا", "\u200c", "\u200d", "\u200f", "\u2067English text\u2069",
    "٣٫٥", "؟", "،", "🌙", "e\u0301", '"quoted"', "back\\slash", "\t", "\n", "\u00a0", "\ufefb",
    "\x00", "'", "%s", "{}", "😀👩‍💻",
)  # fmt: skip


def sample_document(name: str = "sample.txt", repeat: int = 1) -> SourceDocument:
    return SourceDocument(name=name, format="txt", segments=SAMPLE_SEGMENTS * repeat, encoding="utf-8")


def odd_text(rng: random.Random, words: int = 8) -> str:
    return " ".join(rng.choice(ODD_PIECES) for _ in range(words))


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def child_env() -> dict[str, str]:
    """Environment for a child Python that imports `workbench` and `tests` from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def child_cmd(module: str, *args: object) -> list[str]:
    return [sys.executable, "-m", module, *map(str, args)]


def add_document_as_old_schema(conn, source: SourceDocument) -> None:
    """Insert a document and its paragraphs with the SQL the schema-1..3 code ran (no
    documents.metadata column yet): old-project fixtures must not use today's Repository."""
    cur = conn.execute(
        "INSERT INTO documents(name, format, imported_at, encoding, bidi_controls, removed_controls) "
        "VALUES (?, ?, '2025-01-01T00:00:00.000+00:00', ?, 0, 0)",
        (source.name, source.format, source.encoding))
    conn.executemany(
        "INSERT INTO paragraphs(document_id, position, kind, level, translatable, source, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00.000+00:00')",
        [(cur.lastrowid, i, seg.kind.value, seg.level, int(seg.translatable), seg.text)
         for i, seg in enumerate(source.segments)])
