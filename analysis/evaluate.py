"""Scoring the quote extractor against hand-written gold files.

A gold file (``tests/gold/<id>.yaml``) names its article and lists every
quotation with its exact text, type and speaker. A predicted quote matches a
gold quote when their spans overlap by at least half of *both* spans;
matching is one-to-one, largest overlap first.

Scores: precision, recall and F1 of quotes, and speaker accuracy — the share
of matched quotes whose predicted speaker is the gold speaker.

Example:
    >>> overlap_ok((0, 10), (5, 15)), overlap_ok((0, 10), (8, 30))
    (True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from . import paths
from .article import Article, load_article

SCORE_COLUMNS: list[str] = [
    "article_id", "gold", "predicted", "matched", "precision", "recall", "f1",
    "speaker_correct", "speaker_accuracy", "type_correct",
]


@dataclass
class GoldQuote:
    """One gold quotation located in its article.

    Example:
        >>> GoldQuote("Yes", "direct", "Ann Lee", 0, 3).end
        3
    """

    text: str
    type: str
    speaker: str
    start: int
    end: int
    mentions: list[str] = field(default_factory=list)


@dataclass
class Gold:
    """A gold file: its article and quotes (and whatever else the file holds).

    Example:
        >>> g = Gold(path=Path("x.yaml"), article=None, quotes=[], raw={})  # type: ignore[arg-type]
        >>> g.quotes
        []
    """

    path: Path
    article: Article
    quotes: list[GoldQuote]
    raw: dict[str, Any]


def overlap_ok(a: tuple[int, int], b: tuple[int, int], share: float = 0.5) -> bool:
    """True when spans ``a`` and ``b`` overlap by ``share`` of both lengths."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return False
    return inter >= share * (a[1] - a[0]) and inter >= share * (b[1] - b[0])


#: The abbreviated Muslim name prefixes of South Asia ("Md." for Mohammad, "Mst." for
#: Mosammat): written in full names, dropped like a title by many writers and coders.
_NAME_PREFIX = re.compile(r"^(?:Md|Mohd|Mst|Mosst)\.?\s+(?=[A-Z])")


def _norm_name(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", (name or "").strip(), flags=re.IGNORECASE)
    name = _NAME_PREFIX.sub("", name)
    return re.sub(r"\s+", " ", name.replace("’", "'")).lower()


def same_speaker(predicted: str, gold: str) -> bool:
    """Compare speakers ignoring case, spacing and a leading article.

    Names the actor knowledge base knows are compared as its canonical
    actors, so "Kyiv" (speaking for its government) matches "Ukraine".

    Example:
        >>> same_speaker("the Kremlin", "Kremlin"), same_speaker("Ann Lee", "Bo Lee")
        (True, False)
        >>> same_speaker("Kyiv", "Ukraine")
        True
        >>> same_speaker("Md. Jahurul Islam", "Jahurul Islam")  # a name prefix, as a title
        True
    """
    if _norm_name(predicted) == _norm_name(gold):
        return True
    from .actors import load_kb

    kb = load_kb()
    a = _kb_name(predicted.strip(), kb)
    b = _kb_name(gold.strip(), kb)
    if a is not None and a == b:
        return True
    # "Ukraine's Ministry of Foreign Affairs" is the "Ukrainian Ministry of Foreign
    # Affairs"; "Poland's Ministry of National Defence" the "Ministry of National Defence"
    return bool(predicted.strip()) and _state_free(predicted, kb) == _state_free(gold, kb)


def _kb_name(name: str, kb: Any) -> str | None:
    """The knowledge base's actor for ``name``: an alias, or a lone first name it
    knows for one person only ("Keir" in an article that calls him "Sir Keir")."""
    if not name:
        return None
    found = kb.resolve(name)
    if found is None and " " not in name:
        found = kb.first_names.get(name)
    return found


#: An organisation of a state named after it: "Foreign Ministry", "Finance Ministry",
#: "Ministry of Defence", "Defence Forces".
_STATE_ORG = re.compile(
    r"(?:Ministry|Department|Office|Embassy|Foreign|Defen[cs]e|Government)\b|"
    r"(?:[A-Z][\w-]*\s+){1,3}(?:Ministry|Department|Office|Embassy|Mission|Consulate|Agency|"
    r"Service|Forces)\b")


def _state_free(name: str, kb: Any) -> str:
    """``name`` without a leading state, possessive or demonym, when the rest is an
    organisation ("Ukraine's Ministry of Foreign Affairs" -> "ministry of foreign
    affairs"); otherwise ``name`` normalised."""
    norm = _norm_name(name)
    words = name.replace("’", "'").split()
    for k in (1, 2):
        head = " ".join(words[:k])
        rest = " ".join(words[k:])
        state = kb.resolve(re.sub(r"'s$", "", head)) if len(words) > k else None
        if state is not None and kb.type_of(state) == "state" and _STATE_ORG.match(rest):
            return _norm_name(rest)
    return norm


def load_gold(path: str | Path) -> Gold:
    """Read a gold YAML file and locate each quote in its article.

    Quote texts are searched in text order, so a repeated phrase maps to the
    occurrence after the previous quote.

    Example:
        >>> from analysis import paths
        >>> g = load_gold(paths.GOLD / "security_guarantees_article.yaml")  # doctest: +SKIP
    """
    path = Path(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = load_article((path.parent / raw["article"]).resolve())
    text = article.text
    quotes: list[GoldQuote] = []
    cursor = 0
    for item in raw.get("quotes") or []:
        qtext = str(item["text"])
        pos = text.find(qtext, cursor)
        if pos < 0:
            pos = text.find(qtext)
        if pos < 0:
            raise ValueError(f"{path.name}: gold quote not in article: {qtext[:60]!r}")
        cursor = pos + 1
        quotes.append(GoldQuote(qtext, str(item.get("type", "")), str(item.get("speaker") or ""),
                                pos, pos + len(qtext), list(item.get("mentions") or [])))
    return Gold(path, article, quotes, raw)


def match_quotes(predicted: pd.DataFrame, gold: list[GoldQuote]) -> list[tuple[int, int]]:
    """Pair predicted rows (by position) with gold quotes (by index), one to one.

    Example:
        >>> pred = pd.DataFrame({"start": [0], "end": [5]})
        >>> match_quotes(pred, [GoldQuote("x", "direct", "", 1, 5)])
        [(0, 0)]
    """
    cands: list[tuple[int, int, int]] = []
    for i, (ps, pe) in enumerate(zip(predicted["start"], predicted["end"], strict=True)):
        for j, g in enumerate(gold):
            if overlap_ok((int(ps), int(pe)), (g.start, g.end)):
                inter = min(int(pe), g.end) - max(int(ps), g.start)
                cands.append((inter, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _inter, i, j in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def score_quotes(predicted: pd.DataFrame, gold: list[GoldQuote], article_id: str = ""
                 ) -> dict[str, Any]:
    """Precision, recall, F1 and speaker accuracy for one article.

    Example:
        >>> pred = pd.DataFrame({"start": [0], "end": [5], "speaker": ["Ann"], "type": ["direct"]})
        >>> score_quotes(pred, [GoldQuote("x", "direct", "Ann", 0, 5)])["f1"]
        1.0
    """
    pairs = match_quotes(predicted, gold)
    n_pred, n_gold, n_match = len(predicted), len(gold), len(pairs)
    precision = n_match / n_pred if n_pred else 1.0
    recall = n_match / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speakers = predicted["speaker"].tolist() if n_pred else []
    types = predicted["type"].tolist() if n_pred else []
    correct = sum(1 for i, j in pairs if same_speaker(speakers[i], gold[j].speaker))
    type_ok = sum(1 for i, j in pairs if types[i] == gold[j].type)
    return {
        "article_id": article_id,
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "speaker_correct": correct,
        "speaker_accuracy": round(correct / n_match, 4) if n_match else 1.0,
        "type_correct": type_ok,
    }


def gold_files(folder: Path | None = None) -> list[Path]:
    """The gold YAML files, sorted.

    Example:
        >>> isinstance(gold_files(), list)
        True
    """
    folder = Path(folder) if folder is not None else paths.GOLD
    return sorted(folder.glob("*.yaml")) if folder.exists() else []


def evaluate_gold_set(folder: Path | None = None, include_seed: bool = True) -> pd.DataFrame:
    """Score every gold article; the last row (``article_id == "ALL"``) pools them.

    Example:
        >>> table = evaluate_gold_set()  # doctest: +SKIP
    """
    from .quotes import extract_quotes

    rows: list[dict[str, Any]] = []
    for path in gold_files(folder):
        gold = load_gold(path)
        if not include_seed and gold.article.source.endswith(paths.SEED_ARTICLE.name):
            continue
        predicted = extract_quotes(gold.article)
        rows.append(score_quotes(predicted, gold.quotes, gold.article.article_id))
    table = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    if not table.empty:
        g, p, m = table["gold"].sum(), table["predicted"].sum(), table["matched"].sum()
        sc = table["speaker_correct"].sum()
        precision = m / p if p else 1.0
        recall = m / g if g else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total = {
            "article_id": "ALL", "gold": g, "predicted": p, "matched": m,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "speaker_correct": sc, "speaker_accuracy": round(sc / m, 4) if m else 1.0,
            "type_correct": table["type_correct"].sum(),
        }
        table = pd.concat([table, pd.DataFrame([total])], ignore_index=True)
    return table


def disagreements(path: str | Path) -> pd.DataFrame:
    """Gold and predicted quotes side by side, with what went wrong, for one gold file.

    Example:
        >>> disagreements(gold_files()[0]).columns[:2].tolist()  # doctest: +SKIP
        ['problem', 'gold_text']
    """
    from .quotes import extract_quotes

    gold = load_gold(path)
    pred = extract_quotes(gold.article)
    pairs = match_quotes(pred, gold.quotes)
    rows: list[dict[str, Any]] = []
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        g = gold.quotes[j]
        r = pred.iloc[i]
        if not same_speaker(r["speaker"], g.speaker):
            rows.append({"problem": "wrong speaker", "gold_text": g.text, "gold_speaker": g.speaker,
                         "predicted_text": r["text"], "predicted_speaker": r["speaker"]})
    for j, g in enumerate(gold.quotes):
        if j not in matched_g:
            rows.append({"problem": "missed", "gold_text": g.text, "gold_speaker": g.speaker,
                         "predicted_text": "", "predicted_speaker": ""})
    for i in range(len(pred)):
        if i not in matched_p:
            r = pred.iloc[i]
            rows.append({"problem": "spurious", "gold_text": "", "gold_speaker": "",
                         "predicted_text": r["text"], "predicted_speaker": r["speaker"]})
    return pd.DataFrame(rows, columns=["problem", "gold_text", "gold_speaker", "predicted_text",
                                       "predicted_speaker"])
