"""From statements to positions: where each actor stands on the codebook's topic.

Each position rests on the statements of one *holder*:

* ``basis = self``: the statements a speaker makes in their own name
  (``subject`` empty);
* ``basis = attributed``: the statements in which a speaker describes someone
  else's position (``subject`` = that actor, ``attributed_by`` = the speaker),
  e.g. an expert saying a government is unwilling to offer guarantees. One row
  per (actor, describing speaker).

Every speaker of the quotes frame gets a ``self`` row, ``neutral`` when none of
their quotes codes a statement.

Rules (documented for students; all thresholds in :data:`RULES`):

1. Each statement contributes ``agreement × direction(concept) × weight``,
   where ``direction`` comes from the codebook (+1 a concept argues for the
   topic, -1 against, 0 neutral; e.g. ``guarantees_doubt`` is -1; for an
   actor named as the *agent* of a concept, e.g. Russia testing NATO, the
   concept's ``agent_direction`` is used instead, and the speaker who names the
   agent also gets the statement with the concept's ``direction``: saying that
   Russia will test NATO argues for deterrence; statements whose modality is
   ``preferred`` — talks wanted *instead of* guarantees — do not count, the
   rejection coded with them does) and
   ``weight`` is 0.5 for hedged statements, else 1. Statements on concepts with
   direction 0 are listed but do not count.
2. ``score`` = sum of contributions / sum of weights, in [-1, 1] (0 if none).
3. ``stance``:

   * no counted statement → ``neutral``;
   * every counted statement only warns that an agent will act against the topic
     (agreement with a concept that has an ``agent_direction``, e.g. "Moscow will
     test it with drones"), none conditional, asking for nothing → ``sceptical``
     (score -1): a warning that guarantees would not hold;
   * doubt (agreement with a concept of direction -1 whose ``against`` is
     ``sceptical``) of weight 1 or more that weighs at least as much as everything
     positive together, demands included (warnings that an agent will test it
     excepted: they side with the doubt), and more than half the negative weight →
     ``sceptical`` ("the guarantees are a wish list; until Washington stands
     behind them, every guarantee is written in pencil");
   * harm (agreement with a concept of direction -1 whose ``against`` is
     ``oppose``, e.g. calling guarantees harmful; a means rejected in a quote that
     calls the topic harmful, "sending troops would drag us into a war", is
     rejected as harm too, and so is a concept refused by its own ``backers``,
     Washington saying US backing is "Europe's job, not America's") of weight 1
     or more that is more
     than half the negative weight, and no conditional statement → ``oppose``,
     whatever else is welcomed ("air policing is fine, but soldiers there make us
     a party to the war");
   * a positive statement is conditional ("only with American backing",
     "if allies supply air defence") and score > -0.2 → ``conditional``;
   * both positive and negative statements, the negative weight at least half
     the positive weight and score > -0.2 (support with reservations) →
     ``conditional``, or ``sceptical`` when score < 0.2 and more than half the
     negative weight is doubt (agreement with a concept of direction -1) —
     unless the holder also demands what would make guarantees credible (a
     concept with ``answers_doubt``, e.g. a binding treaty): ``conditional``;
     ``oppose`` when more than half the negative weight calls guarantees
     harmful and score ≤ 0 or nothing is conditional ("a mission ... and would
     treat its drones accordingly"); but when every negative statement only
     rejects one of the means (a concept of direction +1 without an agent whose
     ``against`` is ``oppose``:
     "air patrols, yes; our soldiers, no") → ``support``: support with limits;
   * score ≥ 0.2 → ``support``;
   * (doubt is agreement with a concept of direction -1 whose ``against`` is
     ``sceptical``; agreeing with one whose ``against`` is ``oppose``, e.g.
     calling guarantees harmful, counts as opposition)
   * score ≤ -0.2 → ``conditional`` when more than half the negative weight is
     doubt answered by such a demand ("promises are worthless; we need a
     treaty"), ``sceptical`` when more than half the negative weight
     rests on concepts whose ``against`` is ``sceptical`` (doubt, fear, empty
     talk, stalled talks), else ``oppose``;
   * otherwise ``neutral``.

4. A speaker with no statement of their own who describes other actors'
   positions ("Washington has told the Europeans it will share intelligence",
   "Moscow says any Western soldier would be a target") is coded by what they
   relay, as reporters and analysts choose what to relay: those statements also
   make the speaker's ``self`` position, what the others offer or ask for counting
   for the topic and what they refuse or threaten counting as the speaker's doubt
   (negative contributions of kind ``"doubt"``). Statements naming an agent are
   not relayed (rule 1 already gives them to the speaker).
5. ``concepts`` lists the concepts of all the holder's statements (codebook
   order), ``evidence_quote_ids`` the quotes they come from.

Columns (:data:`POSITION_COLUMNS`): article_id, actor, topic, stance, score,
concepts, evidence_quote_ids, basis, attributed_by, n_statements.

Example:
    >>> st = pd.DataFrame({"article_id": ["a"], "quote_id": ["q001"], "actor": ["Ann"],
    ...     "concept": ["us_backing"], "agreement": [1], "modality": ["conditional"],
    ...     "subject": [""]})
    >>> derive_positions(st)[["actor", "stance", "score"]].values.tolist()
    [['Ann', 'conditional', 1.0]]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pandas as pd

from .codebook import Codebook, load_codebook
from .statements import (
    code_spans,
    kb_resolver,
    mention_spans,
    quote_spans,
    speaker_sides,
    statement_rows,
    statements_table,
)

POSITION_COLUMNS: list[str] = [
    "article_id", "actor", "topic", "stance", "score", "concepts", "evidence_quote_ids",
    "basis", "attributed_by", "n_statements",
]

#: The stance labels, from most to least favourable.
STANCES: list[str] = ["support", "conditional", "neutral", "sceptical", "oppose"]

#: Thresholds and weights of the stance rules (see the module docstring).
RULES: dict[str, float] = {
    "hedge_weight": 0.5,
    "support_at": 0.2,
    "against_at": -0.2,
    "conditional_floor": -0.2,
    "reservation_ratio": 0.5,
}

#: (article_id, quote_id, speaker, concept, agreement, modality, subject, subject_role)
StatementTuple = tuple[str, str, str, str, int, str, str, str]


def classify(contributions: Sequence[tuple[float, float, bool, str]],
             codebook: Codebook) -> tuple[str, float]:
    """Stance and score from ``(contribution, weight, conditional, kind)`` tuples.

    ``kind`` is the concept's ``against`` value; ``"doubt"`` (``against``
    sceptical) or ``"harm"`` (``against`` oppose) for agreement with a concept
    of direction -1; ``"means"`` for a concept of direction +1 whose
    ``against`` is oppose and that has no agent (one of the means of a
    guarantee: troops, jets, a pact); ``"remedy"`` for agreement with a
    concept that ``answers_doubt``.

    Example:
        >>> classify([(-1.0, 1.0, False, "sceptical")], load_codebook())
        ('sceptical', -1.0)
        >>> classify([(1.0, 1.0, False, "oppose")], load_codebook())
        ('support', 1.0)
    """
    total = sum(w for _, w, _, _ in contributions)
    if total == 0:
        return "neutral", 0.0
    if all(kind == "warning" and not cond for _, _, cond, kind in contributions):
        # only warns that the adversary will test or probe ("it will test it with
        # drones"), asking for nothing: doubt that guarantees would hold
        return "sceptical", -1.0
    score = round(sum(c for c, _, _, _ in contributions) / total, 3)
    positive = sum(c for c, _, _, _ in contributions if c > 0)
    negative = -sum(c for c, _, _, _ in contributions if c < 0)
    doubt = -sum(c for c, _, _, against in contributions if c < 0 and against == "doubt")
    # (a warning that the adversary will test it, "Moscow tests every promise", sides
    # with the doubt rather than weighing against it)
    asked = sum(c for c, _, _, kind in contributions if c > 0 and kind != "warning")
    if doubt >= 1 and doubt >= asked and doubt * 2 > negative:
        # doubt outweighs all that is asked for or welcomed ("a guarantee without the
        # Americans is written in pencil; they will not stand behind it"): sceptical
        return "sceptical", score
    if any(cond and c > 0 for c, _, cond, _ in contributions) and (
            score > RULES["conditional_floor"]):
        return "conditional", score
    # doubt answered by a demand for what makes guarantees credible (a treaty, US backing)
    remedy = any(c > 0 and kind == "remedy" for c, _, _, kind in contributions)
    harm = -sum(c for c, _, _, kind in contributions if c < 0 and kind == "harm")
    if harm >= 1 and harm * 2 > negative and not any(
            cond for _, _, cond, _ in contributions):
        # guarantees called harmful, whatever else is welcomed, on no condition ("air
        # policing is fine, but soldiers there make us a party to the war"): opposition
        return "oppose", score
    if positive and negative >= RULES["reservation_ratio"] * positive and (
            score > RULES["against_at"]):
        if doubt * 2 > negative and score < RULES["support_at"] and not remedy:
            return "sceptical", score  # doubts guarantees, whatever else they ask for
        if harm * 2 > negative and (score <= 0 or not any(
                cond for _, _, cond, _ in contributions)):
            # "a mission ... and would treat its drones accordingly"; "send deminers, but a
            # force could drag us into a war": harm weighing as a reservation
            return "oppose", score
        if all(kind == "means" for c, _, _, kind in contributions if c < 0):
            # "air patrols, yes; our soldiers, no": a choice among the means of a
            # guarantee, not a reservation about it
            return "support", score
        means = sum(c for c, _, cond, kind in contributions if c > 0 and kind == "means")
        if not remedy and means >= doubt > 0 and doubt == negative and not any(
                cond for _, _, cond, _ in contributions):
            # "Guarantees are words. Shells are physical": paper doubted, the means
            # wanted instead
            return "support", score
        return "conditional", score
    if score >= RULES["support_at"]:
        return "support", score
    if score <= RULES["against_at"]:
        if remedy and doubt * 2 > negative:
            return "conditional", score  # "promises are worthless; we need a treaty"
        sceptical = -sum(c for c, _, _, against in contributions
                         if c < 0 and against in ("sceptical", "doubt"))
        return ("sceptical" if sceptical * 2 > negative else "oppose"), score
    return "neutral", score


def position_records(statements: Iterable[StatementTuple], codebook: Codebook,
                     speakers: Iterable[tuple[str, str]] = (),
                     home: Callable[[str], str] | None = None) -> list[tuple[Any, ...]]:
    """Positions as plain tuples in :data:`POSITION_COLUMNS` order.

    ``speakers`` are ``(article_id, speaker)`` pairs that get a ``self`` row
    even without statements. ``home`` names the state or bloc an actor belongs
    to (e.g. the knowledge base's :meth:`~analysis.actors.KnowledgeBase.top`):
    with a concept's ``backers``, it tells who refuses rather than doubts.

    Example:
        >>> rows = position_records(
        ...     [("a", "q001", "Ann", "troops_on_ground", -1, "negated", "", "")],
        ...                         load_codebook(), [("a", "Bob")])
        >>> [(r[1], r[3]) for r in rows]
        [('Ann', 'oppose'), ('Bob', 'neutral')]
    """
    order = {cid: i for i, cid in enumerate(codebook.concept_ids)}
    groups: dict[tuple[str, str, str, str], list[StatementTuple]] = {}
    for art, speaker in speakers:
        if speaker:
            groups.setdefault((art, speaker, "self", ""), [])
    for row in statements:
        art, _, speaker, concept, _, _, subject, role = row
        if subject and speaker and role == "agent":
            # "Moscow will test the force": Moscow acts against the topic, and the
            # speaker who says so argues that guarantees must deter it
            groups.setdefault((art, speaker, "self", ""), []).append((*row[:6], "", ""))
        if subject:
            key = (art, subject, "attributed", speaker)
        elif speaker:
            key = (art, speaker, "self", "")
        else:
            continue
        groups.setdefault(key, []).append(row)
    # a speaker with no statement of their own is coded by the positions they relay
    relayed: dict[tuple[str, str], list[StatementTuple]] = {}
    for (art, _, basis, by), rows in groups.items():
        if basis == "attributed":
            relayed.setdefault((art, by), []).extend(
                (*r[:6], "", "relayed") for r in rows if r[7] != "agent")
    for (art, actor, basis, _), rows in groups.items():
        if basis == "self" and not rows:
            rows.extend(sorted(relayed.get((art, actor), [])))
    out: list[tuple[Any, ...]] = []
    for (art, actor, basis, by), rows in sorted(groups.items()):
        # quotes in which the holder calls the topic harmful: a means rejected there
        # ("sending troops would drag us into a war") is rejected as harm
        harmful = {r[1] for r in rows if r[4] > 0 and r[7] != "agent" and (
            (c := codebook.concepts.get(r[3])) is not None and c.direction < 0
            and c.against == "oppose")}
        contributions = []
        homes = (actor, home(actor)) if home is not None else (actor,)
        for _, quote_id, _, concept, agreement, modality, _, role in rows:
            c = codebook.concepts.get(concept)
            direction = (c.agent_direction if role == "agent" else c.direction) if c else 0
            if direction == 0 or agreement == 0 or modality == "preferred":
                continue  # (preferred to the topic: coded on the rejection concept)
            weight = RULES["hedge_weight"] if modality == "hedged" else 1.0
            kind = c.against
            if role != "agent" and direction < 0 < agreement:
                # agreeing that guarantees are empty (doubt) or do harm (harm)
                kind = "doubt" if c.against == "sceptical" else "harm"
            elif c.against == "oppose" and direction > 0 and not c.agent_direction:
                kind = "means"  # one of the means of a guarantee (troops, jets, a pact)
                if agreement < 0 and quote_id in harmful:
                    kind = "harm"
            if c.answers_doubt and agreement * direction > 0 and role != "agent":
                kind = "remedy"
            elif c.agent_direction and role != "agent" and agreement > 0:
                kind = "warning"  # "Russia will test it": a threat named, nothing asked
            if c.backers is not None and agreement * direction < 0 and (
                    role in ("", "position")) and any(c.backers.search(h) for h in homes):
                # the backer itself says no ("the backstop is Europe's job, not
                # America's", said of Washington): a refusal, opposition
                kind = "harm"
            if role == "relayed" and agreement * direction < 0:
                kind = "doubt"  # what others refuse or threaten: the relayer's doubt
            contributions.append((agreement * direction * weight, weight,
                                  modality == "conditional", kind))
        stance, score = classify(contributions, codebook)
        concepts = sorted({r[3] for r in rows}, key=lambda cid: order.get(cid, len(order)))
        quote_ids = sorted({r[1] for r in rows})
        out.append((art, actor, codebook.topic, stance, score, ";".join(concepts),
                    ";".join(quote_ids), basis, by, len(rows)))
    return out


def derive_positions(statements: pd.DataFrame, codebook: Codebook | str | None = None,
                     quotes: pd.DataFrame | None = None, kb: Any = None) -> pd.DataFrame:
    """The positions frame for a statements frame (and the speakers of ``quotes``).

    ``kb`` (a knowledge base) places actors under their state for the
    codebook's ``backers`` (see :func:`position_records`).

    Example:
        >>> derive_positions(pd.DataFrame(columns=["article_id"])).columns.tolist()[:3]
        ['article_id', 'actor', 'topic']
    """
    book = load_codebook(codebook)
    rows: list[StatementTuple] = []
    if len(statements):
        subjects = statements["subject"].fillna("").tolist()
        rows = list(zip(statements["article_id"].tolist(), statements["quote_id"].tolist(),
                        statements["actor"].fillna("").tolist(),
                        statements["concept"].tolist(),
                        [int(a) for a in statements["agreement"].tolist()],
                        statements["modality"].tolist(), subjects,
                        statements["subject_role"].fillna("").tolist()
                        if "subject_role" in statements else [""] * len(subjects),
                        strict=True))
    speakers: list[tuple[str, str]] = []
    if quotes is not None and len(quotes):
        speakers = [(a, s) for a, s in zip(quotes["article_id"].tolist(),
                                           quotes["speaker"].tolist(), strict=True)
                    if isinstance(s, str) and s]
    return positions_frame(position_records(rows, book, speakers,
                                            kb.top if kb is not None else None))


def positions_frame(records: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """Build the positions frame from :func:`position_records` tuples.

    Example:
        >>> positions_frame([]).columns.tolist() == POSITION_COLUMNS
        True
    """
    frame = pd.DataFrame(list(records), columns=POSITION_COLUMNS)
    if not records:
        frame = frame.astype({"score": "float64", "n_statements": "int64"})
    return frame


def evidence(positions: pd.DataFrame, statements: pd.DataFrame,
             quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per position and statement behind it: the checkable evidence.

    Columns: actor, basis, attributed_by, stance, score, statement_id,
    quote_id, concept, agreement, modality, text (the coded clause) and, when
    ``quotes`` is given, quote (the full quotation).

    Example:
        >>> evidence(derive_positions(pd.DataFrame(columns=["article_id"])),
        ...          pd.DataFrame(columns=["article_id"])).empty
        True
    """
    cols = ["actor", "basis", "attributed_by", "stance", "score", "statement_id",
            "quote_id", "concept", "agreement", "modality", "text"]
    if quotes is not None:
        cols.append("quote")
    if len(positions) == 0 or len(statements) == 0:
        return pd.DataFrame(columns=cols)
    st = statements.copy()
    st["subject"] = st["subject"].fillna("")
    role = (st["subject_role"].fillna("") if "subject_role" in st
            else pd.Series("", index=st.index))
    st["holder"] = st["subject"].where(st["subject"] != "", st["actor"])
    st["basis"] = ["attributed" if s else "self" for s in st["subject"]]
    st["attributed_by"] = st["actor"].where(st["subject"] != "", "")
    # the speaker's self position also rests on the agents they name and, with nothing
    # of their own, on the positions they relay (see rule 4)
    keys = list(zip(st["article_id"], st["actor"], strict=True))
    own = {k for k, subj, r in zip(keys, st["subject"], role, strict=True)
           if not subj or r == "agent"}
    relays = pd.Series([k not in own for k in keys], index=st.index)
    also = st[(st["subject"] != "") & ((role == "agent") | relays)]
    st = pd.concat([st, also.assign(holder=also["actor"], basis="self", attributed_by="")],
                   ignore_index=True)
    merged = positions.merge(
        st.drop(columns=["actor"]).rename(columns={"holder": "actor"}),
        on=["article_id", "actor", "basis", "attributed_by"], how="inner")
    if quotes is not None:
        merged = merged.merge(quotes[["article_id", "quote_id", "text"]].rename(
            columns={"text": "quote"}), on=["article_id", "quote_id"], how="left")
    return merged.sort_values(["actor", "basis", "attributed_by", "statement_id"])[
        cols].reset_index(drop=True)


def positions_rows(article: Any, quotes: Any, mentions: Any = None, actors: Any = None,
                   kb: Any = None, codebook: Codebook | str | None = None,
                   ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The positions stage on rows: ``(statement rows, position rows)`` of one article.

    ``quotes``, ``mentions`` and ``actors`` are frames, or anything with the
    same columns (e.g. :class:`analysis.frames.Columns` over row tuples).

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text('"Only with US backing," she said.', "a")
        >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": ["q001"], "start": [1],
        ...                   "end": [21], "speaker": ["Ann Lee"]})
        >>> [row[3] for row in positions_rows(art, q)[1]]
        ['conditional']
    """
    from .actors import as_kb

    book = load_codebook(codebook)
    knowledge = as_kb(kb)
    spans = quote_spans(quotes)
    records = code_spans(article.text, spans, book, mention_spans(mentions),
                         kb_resolver(knowledge, article.text),
                         speaker_sides(quotes, actors, knowledge))
    art = article.article_id
    rows = [(art, r[0], r[4], r[1], r[2], r[3], r[5], r[6]) for r in records]
    speakers = [(art, sp) for _, _, _, sp in spans]
    return (statement_rows(records, art, article.text),
            position_records(rows, book, speakers, knowledge.top))


def positions_stage(article: Any, quotes: pd.DataFrame, mentions: pd.DataFrame | None = None,
                    actors: pd.DataFrame | None = None, kb: Any = None,
                    codebook: Codebook | str | None = None,
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The pipeline's positions stage: ``(statements, positions)`` of one article.

    Works on plain records and builds each frame once (about 1 ms for a
    seed-size article). ``kb`` defaults to the project's actor knowledge base
    and ``codebook`` to the security-guarantees codebook.

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text('"Only with US backing," she said.', "a")
        >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": ["q001"], "start": [1],
        ...                   "end": [21], "speaker": ["Ann Lee"]})
        >>> st, pos = positions_stage(art, q)
        >>> pos[["actor", "stance"]].values.tolist()
        [['Ann Lee', 'conditional']]
    """
    statements, positions = positions_rows(article, quotes, mentions, actors, kb, codebook)
    return statements_table(statements), positions_frame(positions)
