"""Generate a synthetic corpus of news articles for benchmarks and notebook 06.

Every article is a variation of one of the gold articles in ``tests/gold/articles``
(and, unless ``--no-seed``, the seed article): the article's own people are
swapped for fictional names (first and last name, consistently), body
paragraphs are reordered and the length varies (paragraphs are dropped, or
borrowed from another base article with its names swapped too) around a
target size. Each article gets an id, a date in 2025, an outlet and a URL.
The output is JSON Lines, deterministic for a given ``--seed``.

Usage::

    python benchmarks/make_corpus.py --n 1000 --out benchmarks/.cache/corpus-1k.jsonl

Example:
    >>> rows = list(make_corpus(3, seed=1))
    >>> [r["id"] for r in rows], sorted(rows[0])
    (['a000001', 'a000002', 'a000003'], ['date', 'id', 'outlet', 'text', 'url'])
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from analysis import paths
from analysis.article import read_text, split_paragraphs
from analysis.furniture import flag_furniture

FIRST_NAMES = [
    "Mara", "Tobias", "Ilse", "Rowan", "Nadia", "Emil", "Greta", "Hugo", "Lena", "Oskar",
    "Priya", "Samir", "Tessa", "Viktor", "Yara", "Anton", "Beatrix", "Casimir", "Delia", "Elio",
]
LAST_NAMES = [
    "Lindqvist", "Okafor", "Brenner", "Castellano", "Duval", "Farrow", "Halloran", "Ivers",
    "Jansen", "Kowalczyk", "Marchetti", "Novak", "Osei", "Pereira", "Quist", "Rasmussen",
    "Sandoval", "Thorne", "Varga", "Whitlock",
]
OUTLETS = ["Capital Wire", "Continental Post", "Harbour Times", "Northern Courier",
           "The Daily Ledger"]
TARGET_CHARS = (3000, 7000)  # uniform: seed-size (5 KB) on average
START_DATE = dt.date(2025, 1, 1)
_PERSON = re.compile(r"^[A-Z][\w'’-]+(?: (?:(?:van|von|der|de|da|di|del|le|la) )*[A-Z][\w'’-]+)+$")


@dataclass
class Base:
    """A base article: its lede, body paragraphs, furniture and its own people."""

    name: str
    lede: str
    body: list[str]
    furniture: list[str]
    people: list[str]


def _known_actors() -> set[str]:
    """Names in the actor knowledge base (well-known actors are not swapped)."""
    if not paths.ACTORS_KB.exists():
        return set()
    data = yaml.safe_load(paths.ACTORS_KB.read_text(encoding="utf-8")) or {}
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name", "aliases", "alias"):
                    walk_names(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    def walk_names(value: object) -> None:
        if isinstance(value, str):
            names.add(value)
        elif isinstance(value, list):
            for v in value:
                walk_names(v)

    walk(data)
    return names


def _people(gold: Path, text: str, known: set[str]) -> list[str]:
    """The article's own people: speakers from its gold file that look like persons."""
    if not gold.exists():
        return []
    data = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
    found = []
    for quote in data.get("quotes") or []:
        name = str(quote.get("speaker") or "")
        if _PERSON.match(name) and name not in known and name in text and name not in found:
            found.append(name)
    return found


def load_bases(include_seed: bool = True) -> list[Base]:
    """Read the gold articles (and the seed) split into lede, body and furniture."""
    files = sorted(p for p in (paths.GOLD / "articles").glob("*")
                   if p.suffix.lower() in paths.ARTICLE_SUFFIXES)
    if include_seed:
        files.append(paths.SEED_ARTICLE)
    known = _known_actors()
    bases = []
    for path in files:
        text = read_text(path)
        paras = [text[a:b] for a, b in split_paragraphs(text)]
        flags = flag_furniture(paras)
        body = [p for p, f in zip(paras, flags, strict=True) if not f]
        furniture = [p for p, f in zip(paras, flags, strict=True) if f]
        if len(body) < 2:
            continue
        people = _people(paths.GOLD / f"{path.stem}.yaml", text, known)
        bases.append(Base(path.stem, body[0], body[1:], furniture, people))
    if not bases:
        raise SystemExit("error: no gold articles found to vary")
    return bases


def _swap_names(text: str, mapping: dict[str, str]) -> str:
    """Replace full names, then their first and last parts, as whole words."""
    for old in sorted(mapping, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(old)}\b", mapping[old], text)
    return text


def _name_mapping(people: list[str], rng: random.Random) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for person in people:
        parts = person.split()
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        mapping[person] = f"{first} {last}"
        mapping.setdefault(parts[0], first)
        mapping.setdefault(parts[-1], last)
    return mapping


def vary(bases: list[Base], rng: random.Random) -> str:
    """One new article text from a random base article."""
    base = rng.choice(bases)
    target = rng.randint(*TARGET_CHARS)
    mapping = _name_mapping(base.people, rng)
    body = base.body[:]
    rng.shuffle(body)
    paras = [_swap_names(base.lede, mapping)]
    size = len(paras[0])
    for para in body:
        if size >= target:
            break
        paras.append(_swap_names(para, mapping))
        size += len(para) + 2
    while size < target:  # too short: borrow from other articles
        other = rng.choice(bases)
        other_map = _name_mapping(other.people, rng)
        for para in rng.sample(other.body, k=len(other.body)):
            if size >= target:
                break
            paras.append(_swap_names(para, other_map))
            size += len(para) + 2
    if base.furniture and rng.random() < 0.5:
        paras.extend(base.furniture)
    return "\n\n".join(paras) + "\n"


def make_corpus(n: int, seed: int = 0, include_seed: bool = True,
                bad_every: int = 0) -> Iterator[dict[str, str]]:
    """Yield ``n`` article records (``id``, ``date``, ``outlet``, ``url``, ``text``).

    ``bad_every=k`` makes every k-th record a bad article (empty text).
    """
    bases = load_bases(include_seed)
    rng = random.Random(seed)
    for i in range(1, n + 1):
        outlet = rng.choice(OUTLETS)
        date = START_DATE + dt.timedelta(days=rng.randrange(365))
        text = vary(bases, rng)
        if bad_every and i % bad_every == 0:
            text = " \n "
        slug = outlet.lower().replace(" ", "-")
        yield {"id": f"a{i:06d}", "date": date.isoformat(), "outlet": outlet,
               "url": f"https://example.org/{slug}/a{i:06d}", "text": text}


def write_jsonl(rows: Iterator[dict[str, str]], out: Path) -> int:
    """Write records as JSON Lines (atomically); return the number written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    n = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    tmp.replace(out)
    return n


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--n N --seed S --out FILE [--no-seed] [--bad-every K]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    parser.add_argument("--no-seed", action="store_true", help="vary only the gold articles")
    parser.add_argument("--bad-every", type=int, default=0, help="every k-th article empty")
    args = parser.parse_args(argv)
    n = write_jsonl(make_corpus(args.n, args.seed, not args.no_seed, args.bad_every), args.out)
    print(f"wrote {n} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
