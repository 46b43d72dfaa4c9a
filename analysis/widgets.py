"""An ipywidgets explorer for students: pick an actor, set a minimum edge weight.

The logic is in plain functions that return frames, so it can be tested and
shown without widgets:

* :func:`actor_choices` — every actor worth picking, most-quoted first;
* :func:`actor_view` — for one actor: their quotes, whom they talk about
  (edges at or above a minimum weight), who talks about them, their
  positions and statements;
* :func:`static_view` — the figure a rendered page shows next to the widget
  (the explorer's default state, drawn with matplotlib);
* :func:`explorer` — the widget itself: a dropdown, a slider and escaped
  HTML tables.

Example:
    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> a = SimpleNamespace(
    ...     quotes=pd.DataFrame({"quote_id": ["q1"], "speaker": ["A"], "type": ["direct"],
    ...                          "text": ["<b>hi</b>"]}),
    ...     edges=pd.DataFrame({"source": ["A"], "target": ["B"], "weight": [1],
    ...                         "quote_ids": ["q1"]}),
    ...     positions=pd.DataFrame(), statements=pd.DataFrame(), actors=pd.DataFrame())
    >>> actor_choices(a)
    ['A', 'B']
    >>> actor_view(a, "A")["talks_about"]["target"].tolist()
    ['B']
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from .interactive import edge_records
from .style import OKABE_ITO

#: Columns of the quotes shown for an actor.
QUOTE_VIEW_COLUMNS: list[str] = ["quote_id", "type", "cue", "text"]
#: Columns of the edge tables shown for an actor.
EDGE_VIEW_COLUMNS: list[str] = ["source", "target", "weight", "quote_ids"]


def _frame(analysis: Any, name: str) -> pd.DataFrame:
    value = getattr(analysis, name, None)
    return value if isinstance(value, pd.DataFrame) else pd.DataFrame()


def _edges(analysis: Any) -> pd.DataFrame:
    """Edges as a frame with quote ids joined by ``;`` (one row per pair)."""
    recs = edge_records(analysis)
    rows = [(r["source"], r["target"], r["weight"], ";".join(q["quote_id"] for q in r["quotes"]))
            for r in recs]
    return pd.DataFrame(rows, columns=EDGE_VIEW_COLUMNS)


def actor_choices(analysis: Any) -> list[str]:
    """Actors to pick from: speakers by number of quotes, then everyone else by name.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame({"speaker": ["B", "A", "B", ""]}),
        ...                     edges=pd.DataFrame(), positions=pd.DataFrame())
        >>> actor_choices(a)
        ['B', 'A']
    """
    quotes = _frame(analysis, "quotes")
    counts: dict[str, int] = {}
    if "speaker" in quotes.columns:
        for s in quotes["speaker"]:
            if isinstance(s, str) and s:
                counts[s] = counts.get(s, 0) + 1
    others: set[str] = set()
    edges = _edges(analysis)
    others.update(edges["source"])
    others.update(edges["target"])
    positions = _frame(analysis, "positions")
    if "actor" in positions.columns:
        others.update(a for a in positions["actor"] if isinstance(a, str) and a)
    speakers = sorted(counts, key=lambda s: (-counts[s], s))
    return speakers + sorted(others - set(counts))


def actor_view(analysis: Any, actor: str, min_weight: int = 1) -> dict[str, pd.DataFrame]:
    """Everything the explorer shows for ``actor``, as frames.

    Keys: ``quotes`` (what they said), ``talks_about`` (edges out of the
    actor, weight ≥ ``min_weight``), ``talked_about_by`` (edges into the
    actor), ``positions`` (their stances, stated or attributed) and
    ``statements`` (coded statements they make or are the subject of).

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame(), positions=pd.DataFrame(),
        ...     statements=pd.DataFrame(),
        ...     edges=pd.DataFrame({"source": ["A", "A"], "target": ["B", "C"],
        ...                         "weight": [1, 3], "quote_ids": ["q1", "q2;q3;q4"]}))
        >>> actor_view(a, "A", min_weight=2)["talks_about"]["target"].tolist()
        ['C']
    """
    quotes = _frame(analysis, "quotes")
    if "speaker" in quotes.columns:
        cols = [c for c in QUOTE_VIEW_COLUMNS if c in quotes.columns]
        q = quotes.loc[quotes["speaker"] == actor, cols].reset_index(drop=True)
    else:
        q = pd.DataFrame(columns=QUOTE_VIEW_COLUMNS)
    edges = _edges(analysis)
    heavy = edges[edges["weight"] >= min_weight]
    out_edges = (heavy[heavy["source"] == actor]
                 .sort_values(["weight", "target"], ascending=[False, True])
                 .reset_index(drop=True))
    in_edges = (heavy[heavy["target"] == actor]
                .sort_values(["weight", "source"], ascending=[False, True])
                .reset_index(drop=True))
    positions = _frame(analysis, "positions")
    if "actor" in positions.columns:
        pos = positions[positions["actor"] == actor].reset_index(drop=True)
    else:
        pos = pd.DataFrame(columns=list(positions.columns))
    statements = _frame(analysis, "statements")
    if "actor" in statements.columns:
        mask = statements["actor"] == actor
        if "subject" in statements.columns:
            mask = mask | (statements["subject"] == actor)
        st = statements[mask].reset_index(drop=True)
    else:
        st = pd.DataFrame(columns=list(statements.columns))
    return {"quotes": q, "talks_about": out_edges, "talked_about_by": in_edges,
            "positions": pos, "statements": st}


def edges_by_min_weight(analysis: Any) -> pd.DataFrame:
    """How many edges remain for each minimum weight (what the slider does).

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame(), edges=pd.DataFrame(
        ...     {"source": ["A", "A"], "target": ["B", "C"], "weight": [1, 3],
        ...      "quote_ids": ["q1", "q2;q3;q4"]}))
        >>> edges_by_min_weight(a)["edges"].tolist()
        [2, 1, 1]
    """
    edges = _edges(analysis)
    top = int(edges["weight"].max()) if not edges.empty else 1
    rows = [(w, int((edges["weight"] >= w).sum())) for w in range(1, top + 1)]
    return pd.DataFrame(rows, columns=["min_weight", "edges"])


def static_view(analysis: Any, actor: str | None = None, min_weight: int = 1) -> plt.Figure:
    """The explorer's default state as a figure, for rendered pages.

    Left: whom ``actor`` (default: the most-quoted speaker) talks about and
    how often. Right: how many edges survive each minimum weight.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame(), edges=pd.DataFrame(),
        ...                     positions=pd.DataFrame(), statements=pd.DataFrame())
        >>> len(static_view(a).axes)
        2
    """
    choices = actor_choices(analysis)
    actor = actor if actor is not None else (choices[0] if choices else "")
    view = actor_view(analysis, actor, min_weight) if actor else None
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4), width_ratios=[3, 2])
    talks = view["talks_about"] if view is not None else pd.DataFrame(columns=EDGE_VIEW_COLUMNS)
    if talks.empty:
        left.text(0.5, 0.5, "no edges for this actor", ha="center", va="center",
                  transform=left.transAxes, color="#666")
        left.set_yticks([])
    else:
        ordered = talks.iloc[::-1]
        left.barh(ordered["target"], ordered["weight"], color=OKABE_ITO[0])
        left.xaxis.get_major_locator().set_params(integer=True)
        left.set_xlabel("quotes mentioning the actor")
    n_quotes = len(view["quotes"]) if view is not None else 0
    left.set_title(f"Whom does {actor or '(nobody)'} talk about?\n"
                   f"({n_quotes} quote(s), min. weight {min_weight})", fontsize=11)
    counts = edges_by_min_weight(analysis)
    right.bar(counts["min_weight"], counts["edges"], color=OKABE_ITO[5], width=0.6)
    right.axvline(min_weight, color="#999", linestyle="--", linewidth=1)
    right.set_xlabel("minimum edge weight (slider)")
    right.set_ylabel("edges kept")
    right.xaxis.get_major_locator().set_params(integer=True)
    right.set_ylim(0, max(1, int(counts["edges"].max())) * 1.1)
    right.set_xlim(0.4, max(counts["min_weight"].max(), 1) + 0.6)
    right.yaxis.get_major_locator().set_params(integer=True)
    right.set_title("Edges kept by the slider", fontsize=11)
    fig.tight_layout()
    return fig


def static_image(analysis: Any, actor: str | None = None, min_weight: int = 1) -> Any:
    """:func:`static_view` as a PNG image for notebooks, whatever the matplotlib backend.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame(), edges=pd.DataFrame())
        >>> static_image(a).data[:4]
        b'\\x89PNG'
    """
    import io

    from IPython.display import Image
    from PIL import Image as PILImage

    from .article_figures import compact_png

    fig = static_view(analysis, actor, min_weight)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, metadata={"Software": None})
    plt.close(fig)
    buffer.seek(0)
    with PILImage.open(buffer) as image:
        return Image(data=compact_png(image), format="png")


def _table_html(frame: pd.DataFrame, empty: str) -> str:
    """An escaped HTML table, or an escaped 'nothing' line."""
    import html

    if frame.empty:
        return f"<p><i>{html.escape(empty)}</i></p>"
    return frame.to_html(index=False, escape=True, border=0)


def view_html(analysis: Any, actor: str, min_weight: int = 1) -> str:
    """The explorer's panel for one actor as escaped HTML.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame({"quote_id": ["q1"], "speaker": ["A"],
        ...     "type": ["direct"], "text": ["<script>x</script>"]}), edges=pd.DataFrame())
        >>> "<script>" in view_html(a, "A"), "&lt;script&gt;" in view_html(a, "A")
        (False, True)
    """
    import html

    view = actor_view(analysis, actor, min_weight)
    sections = [
        ("Quotes", view["quotes"], "no quotes by this actor"),
        (f"Talks about (weight ≥ {min_weight})", view["talks_about"], "nobody at this weight"),
        (f"Talked about by (weight ≥ {min_weight})", view["talked_about_by"],
         "nobody at this weight"),
        ("Positions", view["positions"], "no coded position"),
        ("Statements", view["statements"], "no coded statement"),
    ]
    body = "".join(f"<h4>{html.escape(title)}</h4>{_table_html(frame, empty)}"
                   for title, frame, empty in sections)
    return f"<h3>{html.escape(actor)}</h3>{body}"


def explorer(analysis: Any) -> Any:
    """The widget: a dropdown of actors, a minimum-weight slider and the tables.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame({"quote_id": ["q1"], "speaker": ["A"],
        ...     "type": ["direct"], "text": ["hi"]}), edges=pd.DataFrame())
        >>> type(explorer(a)).__name__
        'VBox'
    """
    import ipywidgets as w

    choices = actor_choices(analysis) or ["(no actor)"]
    top = int(_edges(analysis)["weight"].max()) if not _edges(analysis).empty else 1
    pick = w.Dropdown(options=choices, value=choices[0], description="Actor")
    weight = w.IntSlider(value=1, min=1, max=max(top, 2), step=1, description="Min weight")
    panel = w.HTML()

    def update(_change: Any = None) -> None:
        panel.value = view_html(analysis, pick.value, weight.value)

    pick.observe(update, names="value")
    weight.observe(update, names="value")
    update()
    return w.VBox([w.HBox([pick, weight]), panel])
