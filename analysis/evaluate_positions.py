"""How far the automatic stances agree with the hand coding in ``tests/gold/``.

Every gold file with a ``stances`` list is scored: each gold actor (matched
by name, basis and, for attributed positions, the describing speaker) is
compared with the predicted position. An actor the coder gives no position
counts as ``missing``. Two sources of quotations can be used:

``quotes="gold"``
    the gold quotations and speakers (isolates the positions stage);
``quotes="extracted"``
    the pipeline's own quotes (the whole chain, errors included).

Example:
    >>> table = compare_stances("a", [{"actor": "Ann", "stance": "support",
    ...     "basis": "self", "attributed_by": "", "concepts": ["us_backing"]}],
    ...     pd.DataFrame({"article_id": ["a"], "actor": ["Ann"], "stance": ["support"],
    ...     "basis": ["self"], "attributed_by": [""], "concepts": ["us_backing"]}))
    >>> table[["actor", "gold", "predicted", "agree"]].values.tolist()
    [['Ann', 'support', 'support', True]]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from . import paths
from .article import Article, load_article
from .evaluate import same_speaker
from .positions import STANCES, derive_positions
from .quotes import QUOTE_COLUMNS
from .speakers import split_title
from .statements import extract_statements

#: Columns of :func:`compare_stances` / :func:`evaluate_positions`.
COMPARISON_COLUMNS: list[str] = [
    "article_id", "actor", "basis", "attributed_by", "gold", "predicted", "agree",
    "gold_concepts", "predicted_concepts", "concept_overlap",
]


@lru_cache(maxsize=64)
def _read_gold(path: str) -> dict[str, Any]:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def stance_gold_files(gold_dir: Path | None = None) -> list[Path]:
    """Gold YAML files that hand-code stances, sorted.

    Example:
        >>> "security_guarantees_article.yaml" in [p.name for p in stance_gold_files()]
        True
    """
    folder = Path(gold_dir) if gold_dir is not None else paths.GOLD
    return [p for p in sorted(folder.glob("*.yaml")) if _read_gold(str(p)).get("stances")]


def gold_article(path: Path) -> Article:
    """The article a gold file points to (relative to the gold file)."""
    return load_article(Path(path).parent / _read_gold(str(path))["article"])


def gold_quotes_frame(article: Article, gold: dict[str, Any]) -> pd.DataFrame:
    """A quotes frame built from the gold quotations (located in text order).

    A gold quotation not found in the text is skipped.

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text('"Yes," she said. "No," he said.', "a")
        >>> gold = {"quotes": [{"text": "No,", "speaker": "Bo", "type": "direct"}]}
        >>> gold_quotes_frame(art, gold)[["quote_id", "start", "speaker"]].values.tolist()
        [['q001', 18, 'Bo']]
    """
    rows: list[dict[str, Any]] = []
    pos = 0
    for q in gold.get("quotes") or []:
        text = q["text"]
        at = article.text.find(text, pos)
        if at < 0:
            at = article.text.find(text)
        if at < 0:
            continue
        pos = at + 1
        rows.append({"start": at, "end": at + len(text), "text": text,
                     "type": q.get("type", "direct"), "speaker": q.get("speaker") or "",
                     "speaker_role": q.get("role") or ""})
    rows.sort(key=lambda r: r["start"])
    frame = pd.DataFrame(rows, columns=["start", "end", "text", "type", "speaker",
                                        "speaker_role"])
    frame.insert(0, "quote_id", [f"q{i:03d}" for i in range(1, len(frame) + 1)])
    frame.insert(0, "article_id", article.article_id)
    for col in QUOTE_COLUMNS:
        if col not in frame:
            frame[col] = -1 if col in ("speaker_start", "speaker_end", "paragraph_id") else ""
    return frame[QUOTE_COLUMNS]


def positions_from_quotes(article: Article, quotes: pd.DataFrame, kb: Any = None,
                          codebook: Any = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Statements and positions of ``article`` from a given quotes frame.

    Runs the network stage's mentions and actors first, as the pipeline does.
    """
    from .actors import actors_frame, as_kb
    from .mentions import mentions_frame

    kb = as_kb(kb)
    mentions = mentions_frame(article, quotes, kb)
    actors = actors_frame(article, quotes, mentions, kb)
    statements = extract_statements(article, quotes, codebook, mentions, kb, actors)
    return statements, derive_positions(statements, codebook, quotes, kb)


def compare_stances(article_id: str, gold_stances: list[dict[str, Any]],
                    positions: pd.DataFrame) -> pd.DataFrame:
    """One row per gold stance with the predicted stance beside it."""
    rows = []
    pos = positions[positions["article_id"] == article_id] if len(positions) else positions
    for g in gold_stances:
        actor, basis = g["actor"], g.get("basis", "self")
        by = g.get("attributed_by") or ""
        cand = pos[(pos["actor"] == actor) & (pos["basis"] == basis)] if len(pos) else pos
        if not len(cand) and len(pos):
            # the same actor under another name the quotes scorer accepts ("Kyiv" for
            # "Ukraine", "the Kremlin" for "Kremlin")
            cand = pos[[same_speaker(a, actor) and b == basis
                        for a, b in zip(pos["actor"], pos["basis"], strict=True)]]
        if not len(cand) and len(pos) and basis == "attributed":
            # a leader the article names by surname only ("Zelensky has asked for ...",
            # "President Zelensky was right") and the coder in full: the one attributed
            # actor of that surname
            short = pos[[b == basis and split_title(a)[1] == actor.split()[-1]
                         for a, b in zip(pos["actor"], pos["basis"], strict=True)]]
            cand = short if len(set(short["actor"])) == 1 else cand
        if basis == "attributed" and len(cand):
            exact = cand[cand["attributed_by"] == by]
            cand = exact if len(exact) else cand
        if len(cand):
            best = cand.iloc[0]
            predicted = str(best["stance"])
            p_concepts = [c for c in str(best["concepts"]).split(";") if c]
        else:
            predicted, p_concepts = "missing", []
        g_concepts = list(g.get("concepts") or [])
        union = set(g_concepts) | set(p_concepts)
        overlap = round(len(set(g_concepts) & set(p_concepts)) / len(union), 2) if union else 1.0
        rows.append((article_id, actor, basis, by, g["stance"], predicted,
                     predicted == g["stance"], ";".join(g_concepts), ";".join(p_concepts),
                     overlap))
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)


def evaluate_positions(gold_dir: Path | None = None, quotes: str = "gold",
                       kb: Any = None, codebook: Any = None) -> pd.DataFrame:
    """Compare predicted with hand-coded stances on every stance gold file.

    Example:
        >>> table = evaluate_positions()
        >>> set(table["gold"]) <= set(STANCES)
        True
    """
    parts = []
    for path in stance_gold_files(gold_dir):
        gold = _read_gold(str(path))
        article = gold_article(path)
        if quotes == "gold":
            _, positions = positions_from_quotes(article, gold_quotes_frame(article, gold), kb,
                                                 codebook)
        elif quotes == "extracted":
            from .pipeline import analyse

            positions = analyse(article, kb, codebook).positions
        else:
            raise ValueError(f"quotes must be 'gold' or 'extracted', not {quotes!r}")
        parts.append(compare_stances(article.article_id, gold["stances"], positions))
    if not parts:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def gold_sets(gold_dir: Path | None = None) -> dict[str, Path]:
    """The gold sets: ``development`` (the files in ``gold_dir`` itself), then every
    ``heldout*`` folder in numeric order (``heldout`` is set 1).

    Example:
        >>> list(gold_sets())[:3]
        ['development', 'heldout', 'heldout2']
    """
    folder = Path(gold_dir) if gold_dir is not None else paths.GOLD
    held = sorted((f for f in folder.glob("heldout*") if f.is_dir()),
                  key=lambda f: int(f.name[7:] or 1))
    return {"development": folder, **{f.name: f for f in held}}


def evaluate_all_sets(gold_dir: Path | None = None, quotes: str = "gold",
                      kb: Any = None, codebook: Any = None) -> pd.DataFrame:
    """:func:`evaluate_positions` over every gold set (:func:`gold_sets`), with two more
    columns: ``gold_set`` and ``gold_file`` (the gold file's path relative to
    ``gold_dir``, as in :func:`second_coding`).

    Example:
        >>> table = evaluate_all_sets()
        >>> table["gold_set"].iloc[0], table["gold_file"].iloc[0].endswith(".yaml")
        ('development', True)
    """
    root = Path(gold_dir) if gold_dir is not None else paths.GOLD
    parts = []
    for name, folder in gold_sets(root).items():
        files = {Path(_read_gold(str(p))["article"]).stem: str(p.relative_to(root))
                 for p in stance_gold_files(folder)}
        table = evaluate_positions(folder, quotes, kb, codebook)
        parts.append(table.assign(gold_set=name, gold_file=table["article_id"].map(files)))
    return pd.concat(parts, ignore_index=True)


def agreement_rate(table: pd.DataFrame) -> float:
    """Share of gold actors whose predicted stance equals the gold stance.

    Example:
        >>> agreement_rate(pd.DataFrame({"agree": [True, False, True, True]}))
        0.75
    """
    return round(float(table["agree"].mean()), 3) if len(table) else 0.0


def confusion_table(table: pd.DataFrame) -> pd.DataFrame:
    """Gold stance (rows) × predicted stance (columns), every label shown.

    Example:
        >>> t = pd.DataFrame({"gold": ["support"], "predicted": ["neutral"]})
        >>> int(confusion_table(t).loc["support", "neutral"])
        1
    """
    labels = list(STANCES)
    cols = labels + (["missing"] if (table["predicted"] == "missing").any() else [])
    counts = pd.crosstab(pd.Categorical(table["gold"], categories=labels),
                         pd.Categorical(table["predicted"], categories=cols), dropna=False)
    counts.index.name, counts.columns.name = "gold", "predicted"
    return counts.astype("int64")


#: The second coder's stances: one row per hand-coded actor (see ``tests/gold/README.md``).
SECOND_CODING_FILE = "second_coding.csv"

#: Columns of :func:`second_coding`.
SECOND_CODING_COLUMNS: list[str] = [
    "gold_file", "article_id", "actor", "basis", "attributed_by", "first", "second", "why",
]


def second_coding(gold_dir: Path | None = None) -> pd.DataFrame:
    """The first and the second hand coder's stance for every actor both coded.

    The first coder wrote the gold files; a second coder, who never saw the
    first coder's answers (or the software's), coded the same actors from the
    articles alone with the same manual. ``gold_file`` is the gold file's path
    relative to ``gold_dir``; ``why`` is the second coder's reason in a line.

    Example:
        >>> table = second_coding()
        >>> set(table["first"]) <= set(STANCES) and set(table["second"]) <= set(STANCES)
        True
    """
    folder = Path(gold_dir) if gold_dir is not None else paths.GOLD
    path = folder / SECOND_CODING_FILE
    if not path.exists():
        return pd.DataFrame(columns=SECOND_CODING_COLUMNS)
    second = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = []
    for gold_file, part in second.groupby("gold_file", sort=True):
        gold_path = folder / gold_file
        gold = _read_gold(str(gold_path))
        article_id = Path(gold["article"]).stem
        first = {(g["actor"], g.get("basis", "self"), g.get("attributed_by") or ""): g["stance"]
                 for g in gold.get("stances") or []}
        for r in part.itertuples(index=False):
            key = (r.actor, r.basis, r.attributed_by)
            if key in first:
                rows.append((gold_file, article_id, *key, first[key], r.stance, r.why))
    return pd.DataFrame(rows, columns=SECOND_CODING_COLUMNS)


def reliability(first: Sequence[str], second: Sequence[str]) -> dict[str, float]:
    """How far two codings of the same units agree: the number of units, the
    share coded alike, Cohen's kappa and Krippendorff's alpha (nominal; from
    the ``krippendorff`` package). Both kappa and alpha discount the agreement
    that chance alone would give: 0 is chance, 1 perfect agreement.

    Example:
        >>> reliability(["support", "oppose", "support", "neutral"],
        ...             ["support", "oppose", "neutral", "neutral"])
        {'units': 4, 'agreement': 0.75, 'cohen_kappa': 0.636, 'krippendorff_alpha': 0.667}
    """
    import krippendorff
    import numpy as np

    a, b = list(first), list(second)
    if len(a) != len(b):
        raise ValueError(f"two codings of different lengths: {len(a)} and {len(b)}")
    n = len(a)
    if not n:
        return {"units": 0, "agreement": 0.0, "cohen_kappa": 0.0, "krippendorff_alpha": 0.0}
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    labels = sorted(set(a) | set(b))
    expected = sum((a.count(lab) / n) * (b.count(lab) / n) for lab in labels)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    codes = {lab: i for i, lab in enumerate(labels)}
    if len(labels) > 1:
        alpha = float(krippendorff.alpha(
            reliability_data=np.array([[codes[x] for x in a], [codes[y] for y in b]], dtype=float),
            level_of_measurement="nominal"))
    else:
        alpha = 1.0
    return {"units": n, "agreement": round(observed, 3), "cohen_kappa": round(kappa, 3),
            "krippendorff_alpha": round(alpha, 3)}


def coders_and_software(table: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Reliability of each pair among the two hand coders and the software.

    ``table`` is :func:`second_coding`; ``predicted`` a comparison table over the
    same gold files with a ``gold_file`` column (:func:`evaluate_all_sets`). Rows:
    first × second coder, software × first, software × second, and software × the
    actors on whom both coders agree. An actor the software
    gives no position counts as ``missing`` (a disagreement).

    Example:
        >>> t = pd.DataFrame({"gold_file": ["a.yaml"] * 2, "actor": ["Ann", "Bo"],
        ...     "basis": ["self"] * 2, "attributed_by": [""] * 2,
        ...     "first": ["support", "oppose"], "second": ["support", "neutral"]})
        >>> p = t[["gold_file", "actor", "basis", "attributed_by"]].assign(
        ...     predicted=["support", "oppose"])
        >>> coders_and_software(t, p)[["pair", "units", "agreement"]].values.tolist()
        [['first × second coder', 2, 0.5], ['software × first coder', 2, 1.0], \
['software × second coder', 2, 0.5], ['software × both, where they agree', 1, 1.0]]
    """
    keys = ["gold_file", "actor", "basis", "attributed_by"]
    both = table.merge(predicted[[*keys, "predicted"]].drop_duplicates(keys), on=keys,
                       how="left")
    both["predicted"] = both["predicted"].fillna("missing")
    agreed = both[both["first"] == both["second"]]
    pairs = [("first × second coder", both["first"], both["second"]),
             ("software × first coder", both["predicted"], both["first"]),
             ("software × second coder", both["predicted"], both["second"]),
             ("software × both, where they agree", agreed["predicted"], agreed["first"])]
    return pd.DataFrame([{"pair": name, **reliability(x.tolist(), y.tolist())}
                         for name, x, y in pairs])
