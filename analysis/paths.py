"""Every path the project uses, in one place.

Notebooks and scripts import from here so that nothing depends on the
current working directory (nbval starts kernels in ``notebooks/``).

Example:
    >>> from analysis import paths
    >>> paths.RAW.name
    'raw'
"""

from __future__ import annotations

from pathlib import Path

ROOT: Path = Path(__file__).resolve().parent.parent
DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
PROCESSED: Path = DATA / "processed"
GOLD: Path = ROOT / "tests" / "gold"
FIGURES: Path = ROOT / "figures"
NOTEBOOKS: Path = ROOT / "notebooks"
SITE: Path = ROOT / "site"
BENCHMARKS: Path = ROOT / "benchmarks"

ACTORS_KB: Path = DATA / "actors.yaml"
CODEBOOK: Path = DATA / "codebooks" / "security_guarantees.yaml"

SEED_ARTICLE: Path = RAW / "security_guarantees_article.txt"

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm")


def raw_articles() -> list[Path]:
    """Return the article files in ``data/raw/``, sorted by name.

    Example:
        >>> [p.name for p in raw_articles()][:1]
        ['security_guarantees_article.txt']
    """
    return sorted(p for p in RAW.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
