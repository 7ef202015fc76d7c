"""The memory's file layout and its full-text index: the only module that knows table names.

`units` holds one row per unit; `unit_index` is a contentless FTS5 table (rowid = unit id)
over the words' keys (see tokens.py), without positions (detail=none) to keep the file small:
phrases are checked in Python on the few rows the index returns. `terms` counts the units
holding each key (document frequency), kept in step by every write, so a look-up can pick the
segment's rarest words in one indexed query. `ident` is a 64-bit hash of the unit's upsert
key (project + key, or project + source + target), unique, so re-confirming finds the row
without a second copy of the texts in an index (two keys collide with odds ~ n^2 / 2^65).
`projects` (schema 2) names the projects units belong to: a unit keeps only its project's
uuid, and the name (the project file's stem), its path and when it last fed the memory are
kept once per project, updated by every feed.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter

from workbench.memory.tokens import Segment, analyse, index_text
from workbench.memory.units import Unit

MEMORY_ID = 0x7762544D  # "wbTM"
SCHEMA_VERSION = 2
FIELDS = ("source", "target", "project", "document", "key", "author", "created", "changed",
          "status", "origin", "note")  # fmt: skip
COLUMNS = ", ".join(f'"{f}"' for f in FIELDS)

_first = itemgetter(0)

SCHEMA_V1 = (
    f"""CREATE TABLE units (id INTEGER PRIMARY KEY, ident INTEGER NOT NULL UNIQUE,
        {", ".join(f'"{f}" TEXT NOT NULL' for f in FIELDS)}, words INTEGER NOT NULL)""",
    'CREATE INDEX units_project_key ON units (project, "key") WHERE "key" != \'\'',
    "CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE unit_index USING fts5(keys, content='', detail=none, "
    "tokenize='unicode61 remove_diacritics 0')",
)
SCHEMA_V2 = (
    "CREATE TABLE projects (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, "
    "seen TEXT NOT NULL) WITHOUT ROWID",
)


def ident(unit: Unit) -> int:
    parts = (unit.project, "k", unit.key) if unit.key else (unit.project, "st", unit.source, unit.target)
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def insert(conn: sqlite3.Connection, unit: Unit, segment: Segment, df: Counter) -> None:
    """Write `unit` (a new row, or over the row with the same upsert key)."""
    key = ident(unit)
    old = conn.execute("SELECT id, source, created FROM units WHERE ident = ?", (key,)).fetchone()
    values = [getattr(unit, f) for f in FIELDS]
    if old is None:
        cur = conn.execute(f"INSERT INTO units (ident, {COLUMNS}, words) VALUES ({', '.join('?' * 13)})",
                           (key, *values, len(segment.words)))  # fmt: skip
        rowid = cur.lastrowid
    else:
        rowid, old_source, created = old
        unindex(conn, rowid, old_source, df)
        values[FIELDS.index("created")] = created or values[FIELDS.index("created")]
        sets = ", ".join(f'"{f}" = ?' for f in FIELDS)
        conn.execute(f"UPDATE units SET {sets}, words = ? WHERE id = ?", (*values, len(segment.words), rowid))
    text = index_text(segment)
    conn.execute("INSERT INTO unit_index (rowid, keys) VALUES (?, ?)", (rowid, text))
    df.update(set(text.split()))


def unindex(conn: sqlite3.Connection, rowid: int, source: str, df: Counter) -> None:
    text = index_text(analyse(source))
    conn.execute("INSERT INTO unit_index (unit_index, rowid, keys) VALUES ('delete', ?, ?)", (rowid, text))
    df.subtract(set(text.split()))


def save_df(conn: sqlite3.Connection, df: Counter) -> None:
    conn.executemany(
        "INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
        ((t, n) for t, n in df.items() if n),
    )
    conn.executemany("DELETE FROM terms WHERE term = ? AND df <= 0", ((t,) for t, n in df.items() if n < 0))


def fts_query(groups: Iterable[tuple[str, ...]], joiner: str) -> str:
    """An FTS5 query: each group (a word's keys) ORed, the groups joined by `joiner`."""
    parts = []
    for keys in dict.fromkeys(groups):
        quoted = " OR ".join('"' + k.replace('"', '""') + '"' for k in keys)
        parts.append(f"({quoted})")
    return f" {joiner} ".join(parts)


def frequencies(conn: sqlite3.Connection, groups: list[tuple[str, ...]]) -> list[int]:
    """Per group (a word's keys), an upper bound of the units holding it."""
    keys = list({k for g in groups for k in g})
    df: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        df.update(conn.execute(f"SELECT term, df FROM terms WHERE term IN ({', '.join('?' * len(chunk))})", chunk))
    return [sum(df.get(k, 0) for k in g) for g in groups]


def candidates(conn: sqlite3.Connection, words: list[tuple[str, ...]], numbers: int, min_score: int,
               budget: int, limit: int) -> list[tuple[int, Unit, int]]:  # fmt: skip
    """(id, unit, word count) of at most `limit` units sharing the most of a segment's words
    (`words`: each word's keys, numbers left out; `numbers`: how many there were).

    A unit reaching `min_score` shares at least `least` = ceil(n * min_score / 100) of the n
    words, so it holds one of the (n - least + 1) rarest: those postings are read, rarest
    first, the two rarest always, more only while under `budget` rows. A unit is kept only if
    the words it was seen with, plus every word not read, could still make `least`. A segment
    of common words only (its rarest in more than `budget` units) gets the units holding all."""
    n = len(words) + numbers
    least = math.ceil(n * min_score / 100)
    mult = Counter(words)
    groups = list(mult)
    ranked = sorted((df, g) for df, g in zip(frequencies(conn, groups), groups) if df)
    unread = n - sum(mult[g] for _df, g in ranked)  # numbers and words no unit holds: no posting
    counts: Counter = Counter()
    read, need = 0, max(2, n - least + 1)
    if ranked and ranked[0][0] > budget:  # only common words: the units holding them all
        rows = postings(conn, fts_query([g for _df, g in ranked], "AND"), f"LIMIT {int(limit)}")
        return fetch(conn, [rowid for (rowid,) in rows])
    for taken, (df, group) in enumerate(ranked):
        if taken >= need or (taken >= 2 and read + df > budget):
            unread += sum(mult[g] for _df, g in ranked[taken:])
            break
        read += df
        rows = postings(conn, fts_query([group], "OR"))
        if mult[group] == 1:
            counts.update(map(_first, rows))
        else:
            for (rowid,) in rows:
                counts[rowid] += mult[group]
    # words never read could be in any unit: a unit's shared words <= counted + unread
    best = [rowid for rowid, c in counts.most_common(limit) if c + unread >= least]
    return fetch(conn, best)


def postings(conn: sqlite3.Connection, query: str, order: str = "") -> Iterable[tuple[int]]:
    """Rowids matching an FTS5 query; none for the rare key FTS5 splits in two (a few letters
    its Unicode tables do not know), which a detail=none index cannot look up as a phrase."""
    try:
        return conn.execute(f"SELECT rowid FROM unit_index WHERE unit_index MATCH ? {order}", (query,))
    except sqlite3.OperationalError:
        return iter(())


def fetch(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, Unit, int]]:
    if not ids:
        return []
    rows = conn.execute(f"SELECT id, {COLUMNS}, words FROM units WHERE id IN ({', '.join('?' * len(ids))})", ids)
    return [(r[0], Unit(*r[1:12]), r[12]) for r in rows]


def name_project(conn: sqlite3.Connection, uuid: str, name: str, path: str, seen: str,
                 *, keep: bool = False) -> None:
    """Record the name of project `uuid`; `keep` leaves a name already known as it is."""
    conflict = "NOTHING" if keep else "UPDATE SET name = excluded.name, path = excluded.path, seen = excluded.seen"
    conn.execute(f"INSERT INTO projects (uuid, name, path, seen) VALUES (?, ?, ?, ?) ON CONFLICT (uuid) DO {conflict}",
                 (uuid, name, path, seen))  # fmt: skip


def project_names(conn: sqlite3.Connection, uuids: Iterable[str] | None = None) -> dict[str, str]:
    """uuid -> name of the named projects among `uuids` (of all of them when None)."""
    if uuids is None:
        return dict(conn.execute("SELECT uuid, name FROM projects"))
    wanted = sorted({u for u in uuids if u})
    names: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        names.update(conn.execute(f"SELECT uuid, name FROM projects WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk))
    return names
