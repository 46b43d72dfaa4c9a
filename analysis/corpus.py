"""Many articles at once: a streaming corpus engine, locally or on Dask.

:func:`run_corpus` reads articles from a directory, a glob, a list of files,
a JSON Lines / CSV / Parquet file of records (``id``, ``text`` and optional
``date``, ``outlet``, ``url``) or any iterable of such records, runs
:func:`analysis.pipeline.analyse` on every article and writes every table
of :meth:`~analysis.pipeline.Analysis.frames` incrementally into ``out``::

    out/_manifest.json              settings, then the summary once complete
    out/articles/part-000000.parquet
    out/quotes/part-000000.parquet  one part per chunk of articles
    ...

Articles are processed in chunks (``chunk_size`` articles, numbered in input
order); each chunk becomes one part file per table, written to a hidden
temporary name and moved into place with :func:`os.replace`. The part of
the ``articles`` table is written last, so it marks the chunk as done: an
interrupted run started again skips every done chunk, and a crash never
leaves a half-written part. Only a bounded number of chunks is in flight,
so memory does not grow with the corpus.

The ``articles`` table (:data:`ARTICLE_COLUMNS`) has one row per input
record: ``article_id``, ``date``, ``outlet``, ``url``, ``source`` (the file,
for file inputs), ``n_chars`` (characters of article text), ``status``
(``ok`` | ``skipped`` for bad input, an :class:`~analysis.errors.ArticleError`
| ``failed`` for an unexpected error in a stage) and ``error`` (the reason).

Engines: ``local`` (default) runs the chunks in a process pool of
``workers`` processes (all cores by default; ``workers=1`` runs in this
process); ``dask`` submits the same chunk function to a
``dask.distributed`` cluster: a new ``LocalCluster`` or an existing
scheduler given by address (workers must see ``out``). Both give
byte-identical part files, and :func:`read_table` gives the same frames as
analysing the articles one by one and concatenating them with
:func:`analysis.pipeline.combine`.

Example:
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
    >>> records = [{"id": "a1", "text": '"Yes," she said.', "outlet": "Post"},
    ...            {"id": "a2", "text": "   "}]
    >>> summary = run_corpus(records, out, workers=1, progress=False, log=None)
    >>> summary.n_ok, summary.n_skipped
    (1, 1)
    >>> read_table(out, "articles")[["article_id", "status"]].values.tolist()
    [['a1', 'ok'], ['a2', 'skipped']]
"""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import glob as globlib
import json
import logging
import os
import shutil
import sys
import tempfile
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd

from .article import (
    Article,
    _looks_like_html,
    article_from_text,
    html_to_text,
    load_article,
    normalise_newlines,
)
from .errors import ArticleError
from .paths import ARTICLE_SUFFIXES, DATA

#: Columns of the ``articles`` table.
ARTICLE_COLUMNS: list[str] = [
    "article_id", "date", "outlet", "url", "source", "n_chars", "status", "error",
]
#: Values of ``articles.status``.
STATUSES: tuple[str, ...] = ("ok", "skipped", "failed")
#: Suffixes read as files of records rather than as one article each.
RECORD_SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet",
}
#: Version tag of the output layout, kept in the manifest.
LAYOUT: str = "analysis-corpus/1"
MANIFEST: str = "_manifest.json"
FORMATS: tuple[str, ...] = ("parquet", "csv")
ENGINES: tuple[str, ...] = ("local", "dask")
#: A small synthetic corpus (40 JSON Lines records, two of them bad) for notebook 06,
#: made by ``benchmarks/make_corpus.py --n 40 --seed 6 --no-seed --bad-every 20``.
SAMPLE_CORPUS: Path = DATA / "corpus" / "sample.jsonl"

_LOG = logging.getLogger(__name__)
_ID_KEYS = ("id", "article_id")
_META_KEYS = ("date", "outlet", "url")


# --------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One input article: its text, or the file to read it from, plus metadata.

    ``error`` marks a record that is broken before any analysis (a line that
    is not JSON, a missing id or text, a duplicate id).

    Example:
        >>> ArticleRecord("a1", text="Hi.", outlet="Post").outlet
        'Post'
    """

    article_id: str
    text: str | None = None
    path: str = ""
    date: str = ""
    outlet: str = ""
    url: str = ""
    error: str = ""


def _as_text(value: Any) -> str:
    """Metadata value as a string: ``""`` for missing, ISO format for dates.

    Example:
        >>> _as_text(None), _as_text(dt.date(2025, 3, 1)), _as_text(float("nan"))
        ('', '2025-03-01', '')
    """
    if value is None or (isinstance(value, float | dt.date) and pd.isna(value)):
        return ""
    if value is pd.NaT:
        return ""
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record_from_mapping(data: Mapping[str, Any], where: str = "") -> ArticleRecord:
    """Make an :class:`ArticleRecord` from a mapping with ``id`` and ``text``.

    ``article_id`` is accepted for ``id``. A missing id or text gives a
    record carrying an ``error`` (it is skipped, not fatal).

    Example:
        >>> record_from_mapping({"id": 7, "text": "Hi.", "date": "2025-01-02"}).article_id
        '7'
        >>> record_from_mapping({"text": "Hi."}, "line 3").error
        'record has no id'
    """
    raw_id = next((data[k] for k in _ID_KEYS if _as_text(data.get(k)).strip()), None)
    meta = {k: _as_text(data.get(k)) for k in _META_KEYS}
    if raw_id is None:
        return ArticleRecord(where or "<record>", error="record has no id", **meta)
    article_id = _as_text(raw_id).strip()
    text = data.get("text")
    if not isinstance(text, str):
        return ArticleRecord(article_id, error="record has no text", **meta)
    return ArticleRecord(article_id, text=text, **meta)


def _iter_jsonl(path: Path) -> Iterator[ArticleRecord]:
    with path.open("rb") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                data = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as exc:
                reason = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else "not valid JSON"
                yield ArticleRecord(where, error=f"line {lineno} is {reason}")
                continue
            if not isinstance(data, dict):
                yield ArticleRecord(where, error=f"line {lineno} is not a JSON object")
                continue
            yield record_from_mapping(data, where)


def _check_columns(columns: Iterable[str], path: Path) -> None:
    columns = set(columns)
    if "text" not in columns or not columns & set(_ID_KEYS):
        raise ArticleError(path, "needs an 'id' and a 'text' column")


def _iter_csv(path: Path, batch: int = 500) -> Iterator[ArticleRecord]:
    reader = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=batch,
                         encoding="utf-8")
    first = True
    with reader:
        for frame in reader:
            if first:
                _check_columns(frame.columns, path)
                first = False
            for row in frame.to_dict("records"):
                yield record_from_mapping(row, path.name)


def _iter_parquet(path: Path, batch: int = 500) -> Iterator[ArticleRecord]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    _check_columns(names, path)
    wanted = [c for c in (*_ID_KEYS, "text", *_META_KEYS) if c in names]
    for record_batch in parquet.iter_batches(batch_size=batch, columns=wanted):
        for row in record_batch.to_pylist():
            yield record_from_mapping(row, path.name)


def _iter_files(files: Iterable[str | Path]) -> Iterator[ArticleRecord]:
    for f in files:
        yield ArticleRecord(Path(f).stem, path=str(f))


def _files_in(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*")
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(directory).parts))


def iter_records(source: Any) -> Iterator[ArticleRecord]:
    """Stream the articles of ``source`` as :class:`ArticleRecord` objects.

    ``source`` is a directory (its ``.txt``/``.html`` files, recursively, in
    sorted order), a glob pattern, a single article file, a ``.jsonl`` /
    ``.csv`` / ``.parquet`` file of records, a list of file paths, or an
    iterable of mappings or records. Input-level problems (no such path, a
    file of records without ``id``/``text`` columns) raise
    :class:`ArticleError` at once; problems of single records are carried
    in ``ArticleRecord.error``.

    Example:
        >>> [r.article_id for r in iter_records([{"id": "x", "text": "Hi."}])]
        ['x']
    """
    if isinstance(source, str | os.PathLike):
        return _iter_path(source)
    return _iter_items(source)


def _iter_path(source: str | os.PathLike) -> Iterator[ArticleRecord]:
    path = Path(source)
    text = str(source)
    if path.is_dir():
        files = _files_in(path)
        if not files:
            raise ArticleError(path, "holds no .txt or .html articles")
        return _iter_files(files)
    if path.is_file():
        kind = RECORD_SUFFIXES.get(path.suffix.lower())
        if kind is None:
            return _iter_files([path])
        reader = {"jsonl": _iter_jsonl, "csv": _iter_csv, "parquet": _iter_parquet}[kind]
        records = reader(path)
        return _peeked(records)  # header problems surface now, not mid-run
    if any(ch in text for ch in "*?["):
        files = sorted(Path(p) for p in globlib.glob(text, recursive=True)
                       if Path(p).is_file())
        if not files:
            raise ArticleError(text, "the pattern matches no files")
        return _iter_files(files)
    raise ArticleError(path, "no such file or directory")


def _peeked(records: Iterator[ArticleRecord]) -> Iterator[ArticleRecord]:
    try:
        first = next(records)
    except StopIteration:
        return iter(())
    except (OSError, ValueError) as exc:
        raise ArticleError("input", f"cannot read the records ({exc})") from exc

    def chain() -> Iterator[ArticleRecord]:
        yield first
        yield from records

    return chain()


def _iter_items(items: Iterable[Any]) -> Iterator[ArticleRecord]:
    for n, item in enumerate(items, start=1):
        if isinstance(item, ArticleRecord):
            yield item
        elif isinstance(item, Mapping):
            yield record_from_mapping(item, f"record {n}")
        elif isinstance(item, str | os.PathLike):
            yield ArticleRecord(Path(item).stem, path=str(item))
        else:
            raise ArticleError(f"record {n}", f"cannot read a {type(item).__name__} as article")


def count_records(source: Any) -> int | None:
    """The number of records in ``source`` if it is cheap to know, else ``None``.

    Example:
        >>> count_records([1, 2, 3]), count_records(iter([1]))
        (3, None)
    """
    if isinstance(source, Sequence) and not isinstance(source, str):
        return len(source)
    if not isinstance(source, str | os.PathLike):
        return None
    path = Path(source)
    kind = RECORD_SUFFIXES.get(path.suffix.lower()) if path.is_file() else None
    if path.is_dir():
        return len(_files_in(path))
    if kind == "jsonl":
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    if kind == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if path.is_file() and kind is None:
        return 1
    return None


def article_from_record(record: ArticleRecord) -> Article:
    """Build the :class:`Article` of a record, exactly as one-by-one loading would.

    A file record goes through :func:`analysis.article.load_article`; a text
    record through :func:`analysis.article.article_from_text` (HTML text is
    reduced to its article text first). Metadata lands in
    ``Article.metadata``.

    Example:
        >>> art = article_from_record(ArticleRecord("a", text="Hi there.", date="2025-01-02"))
        >>> art.metadata["date"], art.text
        ('2025-01-02', 'Hi there.')
    """
    if record.error:
        raise ArticleError(record.article_id, record.error)
    meta = {"date": record.date, "outlet": record.outlet, "url": record.url}
    if record.path:
        art = load_article(record.path)
        art.metadata.update(meta)
        return art
    text = normalise_newlines(record.text or "")
    if not text.strip():
        raise ArticleError(record.article_id, "article has no text")
    if _looks_like_html(text):
        text = normalise_newlines(html_to_text(text, record.article_id))
    art = article_from_text(text, record.article_id, metadata=meta)
    if not art.has_body():
        raise ArticleError(record.article_id, "holds no article text, only page furniture")
    return art


# --------------------------------------------------------------------------- one chunk
def _part_name(index: int, fmt: str) -> str:
    return f"part-{index:06d}.{fmt}"


def _atomic(path: Path, write: Callable[[Path], Any]) -> Path:
    """Call ``write(tmp)`` on a hidden temporary file beside ``path``, then move it there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_part(frame: pd.DataFrame, path: Path, fmt: str = "parquet") -> Path:
    """Write ``frame`` to ``path`` atomically (a hidden temporary file, then rename).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "t" / "part-000000.csv"
        >>> write_part(pd.DataFrame({"a": [1]}), p, "csv").read_text()
        'a\\n1\\n'
    """
    if fmt == "parquet":
        return _atomic(path, lambda tmp: frame.to_parquet(tmp, index=False))
    return _atomic(path, lambda tmp: frame.to_csv(tmp, index=False, lineterminator="\n"))


#: Python type of every value of an Arrow column that :func:`arrow_table` converts itself.
_PY_TYPES: dict[str, type] = {"large_string": str, "int64": int, "double": float, "bool": bool}
#: Per table: the Arrow schema pandas gave its first part, and each column's Python type.
_SCHEMAS: dict[str, tuple[Any, tuple[type, ...]]] = {}


def arrow_table(name: str, rows: Sequence[tuple[Any, ...]]) -> Any:
    """The ``pyarrow.Table`` that ``table_frame(name, rows).to_parquet`` writes, built
    column by column from the row tuples.

    The first part of each table goes through pandas; its schema (column types and
    pandas metadata) is kept. A later part is converted directly when every value
    of each column has exactly the Python type of that column (``str``, ``int``,
    ``float`` or ``bool``), which is when pandas infers the same types; anything
    else goes through pandas again. Building the pandas frame and converting it
    cost about as much as writing the file.

    Example:
        >>> rows = [("a", 0, 0, 2, "Hi", False, "")]
        >>> first, again = arrow_table("paragraphs", rows), arrow_table("paragraphs", rows)
        >>> again.equals(first) and again.schema.metadata == first.schema.metadata
        True
    """
    import pyarrow as pa

    cached = _SCHEMAS.get(name)
    if cached is not None and rows:
        schema, types = cached
        columns = list(zip(*rows, strict=True))
        if len(columns) == len(types) and all(set(map(type, column)) == {kind} for
                                              column, kind in zip(columns, types, strict=True)):
            try:
                arrays = [pa.array(column, type=f.type, from_pandas=True)
                          for column, f in zip(columns, schema, strict=True)]
                return pa.Table.from_arrays(arrays, schema=schema)
            except (pa.ArrowException, ValueError, TypeError):
                pass  # pandas decides, as before
    from .pipeline import table_frame

    table = pa.Table.from_pandas(table_frame(name, rows), preserve_index=False)
    types = tuple(_PY_TYPES.get(str(f.type)) for f in table.schema)
    if cached is None and rows and table.schema.metadata and None not in types:
        _SCHEMAS[name] = (table.schema, types)  # type: ignore[assignment]
    return table


def write_rows_part(name: str, rows: Sequence[tuple[Any, ...]], path: Path,
                    fmt: str = "parquet") -> Path:
    """Write the rows of table ``name`` to ``path`` atomically, as
    ``write_part(table_frame(name, rows), path, fmt)`` does.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "edges" / "part-000000.parquet"
        >>> _ = write_rows_part("edges", [("a", "X", "Y", 2, "q001")], p)
        >>> pd.read_parquet(p)["weight"].tolist()
        [2]
    """
    if fmt != "parquet":
        from .pipeline import table_frame

        return write_part(table_frame(name, rows), path, fmt)
    import pyarrow.parquet as pq

    table = arrow_table(name, rows)
    return _atomic(path, lambda tmp: pq.write_table(table, tmp, compression="snappy"))


def _analyse_chunk(records: Sequence[ArticleRecord]
                   ) -> tuple[dict[str, list[tuple[Any, ...]]], list[tuple[Any, ...]]]:
    """Analyse ``records`` one by one; the rows of every non-empty table and of ``articles``."""
    from .pipeline import analyse_rows

    parts: dict[str, list[tuple[Any, ...]]] = {}
    rows: list[tuple[Any, ...]] = []
    for rec in records:
        meta = (rec.article_id, rec.date, rec.outlet, rec.url, rec.path)
        try:
            article = article_from_record(rec)
            result = analyse_rows(article)
        except ArticleError as exc:
            rows.append((*meta, len(rec.text or ""), "skipped", exc.reason))
            continue
        except Exception as exc:  # one broken article must not stop a corpus
            rows.append((*meta, len(rec.text or ""), "failed", f"{type(exc).__name__}: {exc}"))
            continue
        rows.append((*meta, len(article.text), "ok", ""))
        for name, table_rows in result.tables.items():
            if table_rows:
                parts.setdefault(name, []).extend(table_rows)
    return parts, rows


def _articles_frame(rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS).astype({"n_chars": "int64"})


def analyse_records(records: Sequence[ArticleRecord]) -> tuple[dict[str, pd.DataFrame],
                                                                  pd.DataFrame]:
    """Analyse ``records`` one by one; return the concatenated tables and the articles table.

    A bad article (an :class:`ArticleError`) is marked ``skipped``, an
    unexpected error in a stage ``failed``; neither stops the others. Empty
    tables are left out of the returned dict.

    Example:
        >>> tables, arts = analyse_records([ArticleRecord("a", text="Hi.")])
        >>> sorted(tables)[:2], arts["status"].tolist()
        (['paragraphs', 'sentences'], ['ok'])
    """
    from .pipeline import table_frame

    parts, rows = _analyse_chunk(records)
    # one frame per table for the whole chunk: equal to concatenating per-article frames
    tables = {name: table_frame(name, table_rows) for name, table_rows in parts.items()}
    return tables, _articles_frame(rows)


@dataclass
class ChunkResult:
    """What a finished chunk reports back (small: no frames).

    Example:
        >>> ChunkResult(0, 2, 1, [("b", "skipped", "article has no text")]).n_articles
        2
    """

    index: int
    n_articles: int
    n_ok: int
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    n_chars: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    resumed: bool = False


def process_chunk(index: int, records: Sequence[ArticleRecord], out: str | Path,
                  fmt: str = "parquet", tables: Sequence[str] | None = None) -> ChunkResult:
    """Analyse one chunk and write its part files into ``out``; the ``articles`` part last.

    This is the unit of work of every engine.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp())
        >>> process_chunk(0, [ArticleRecord("a", text="Hi.")], out).n_ok
        1
        >>> sorted(p.parent.name for p in out.rglob("part-*"))
        ['articles', 'paragraphs', 'sentences']
    """
    out = Path(out)
    parts, article_rows = _analyse_chunk(records)
    rows: dict[str, int] = {}
    for name, table_rows in parts.items():
        if tables is not None and name not in tables:
            continue
        write_rows_part(name, table_rows, out / name / _part_name(index, fmt), fmt)
        rows[name] = len(table_rows)
    articles = _articles_frame(article_rows)
    write_part(articles, out / "articles" / _part_name(index, fmt), fmt)
    return _chunk_result(index, articles, rows)


def _chunk_result(index: int, articles: pd.DataFrame, rows: dict[str, int],
                  resumed: bool = False) -> ChunkResult:
    status = articles["status"].astype(str)
    bad = articles[status != "ok"]
    problems = [(str(a), str(s), str(e)) for a, s, e in
                zip(bad["article_id"], bad["status"], bad["error"], strict=True)]
    n_chars = int(pd.to_numeric(articles["n_chars"]).sum()) if len(articles) else 0
    return ChunkResult(index, len(articles), int((status == "ok").sum()), problems,
                       n_chars, rows, resumed)


# --------------------------------------------------------------------------- the run
@dataclass
class CorpusSummary:
    """Counts of a corpus run (timing-free, so it is deterministic).

    ``problems`` keeps the first :attr:`max_problems` skipped or failed
    articles as ``(article_id, status, reason)``; the ``articles`` table
    holds all of them.

    Example:
        >>> s = CorpusSummary(n_articles=3, n_ok=2, n_skipped=1)
        >>> s.line()
        '3 articles: 2 analysed, 1 skipped, 0 failed (0 resumed from an earlier run)'
    """

    n_articles: int = 0
    n_ok: int = 0
    n_skipped: int = 0
    n_failed: int = 0
    n_resumed: int = 0
    n_chunks: int = 0
    n_chars: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    max_problems: int = 1000

    def add(self, result: ChunkResult) -> None:
        """Count a finished chunk.

        Example:
            >>> s = CorpusSummary()
            >>> s.add(ChunkResult(0, 2, 2, rows={"quotes": 3}))
            >>> s.n_ok, s.rows
            (2, {'quotes': 3})
        """
        self.n_chunks += 1
        self.n_articles += result.n_articles
        self.n_ok += result.n_ok
        self.n_chars += result.n_chars
        for _, status, _ in result.problems:
            if status == "failed":
                self.n_failed += 1
            else:
                self.n_skipped += 1
        if result.resumed:
            self.n_resumed += result.n_articles
        for name, n in result.rows.items():
            self.rows[name] = self.rows.get(name, 0) + n
        room = self.max_problems - len(self.problems)
        if room > 0:
            self.problems.extend(result.problems[:room])

    def line(self) -> str:
        """A one-line summary."""
        return (f"{self.n_articles} articles: {self.n_ok} analysed, {self.n_skipped} skipped, "
                f"{self.n_failed} failed ({self.n_resumed} resumed from an earlier run)")

    def as_dict(self) -> dict[str, Any]:
        """The counts as a JSON-ready dict (problems left out)."""
        return {"n_articles": self.n_articles, "n_ok": self.n_ok, "n_skipped": self.n_skipped,
                "n_failed": self.n_failed, "n_chunks": self.n_chunks, "n_chars": self.n_chars,
                "rows": dict(sorted(self.rows.items()))}


def _chunks(records: Iterator[ArticleRecord], size: int) -> Iterator[list[ArticleRecord]]:
    seen: set[str] = set()
    while True:
        chunk = list(islice(records, size))
        if not chunk:
            return
        for i, rec in enumerate(chunk):
            if rec.article_id in seen and not rec.error:
                chunk[i] = ArticleRecord(rec.article_id, date=rec.date, outlet=rec.outlet,
                                         url=rec.url, path=rec.path,
                                         error="duplicate article id")
            seen.add(rec.article_id)
        yield chunk


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _settings(source: Any, chunk_size: int, fmt: str,
              tables: Sequence[str] | None) -> dict[str, Any]:
    described = str(source) if isinstance(source, str | os.PathLike) else "<records>"
    return {"layout": LAYOUT, "input": described, "chunk_size": chunk_size, "format": fmt,
            "tables": sorted(tables) if tables is not None else None}


def _prepare_out(out: Path, settings: dict[str, Any]) -> dict[int, Path]:
    """Check an existing run in ``out`` against ``settings``; return its done chunks."""
    manifest = out / MANIFEST
    if manifest.exists():
        try:
            old = json.loads(manifest.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ArticleError(manifest, "is not a readable manifest") from exc
        # the input may be named differently (e.g. an absolute path); the article ids of
        # every resumed chunk are checked instead
        keys = [k for k in settings if k != "input"]
        diff = sorted(k for k in keys if old.get(k) != settings[k])
        if diff:
            raise ArticleError(out, "holds a run with other settings "
                               f"({', '.join(diff)}); use another --out folder")
    elif out.exists() and any(out.iterdir()):
        raise ArticleError(out, "exists and is not a corpus output folder")
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*/.part-*.tmp"):
        stale.unlink(missing_ok=True)  # left by a killed run
    fmt = settings["format"]
    done: dict[int, Path] = {}
    for part in (out / "articles").glob(f"part-*.{fmt}"):
        done[int(part.name.split("-")[1].split(".")[0])] = part
    _write_json(manifest, {**settings, "complete": False})
    return done


def _resumed_chunk(index: int, chunk: Sequence[ArticleRecord], part: Path, out: Path,
                   fmt: str) -> ChunkResult:
    articles = _read_part(part, fmt)
    ids = [r.article_id for r in chunk]
    if articles["article_id"].astype(str).tolist() != ids:
        raise ArticleError(out, f"chunk {index} of the earlier run holds other articles; "
                           "the input changed, use another --out folder")
    rows = {}
    for table_dir in sorted(p for p in out.iterdir() if p.is_dir() and p.name != "articles"):
        part_path = table_dir / _part_name(index, fmt)
        if part_path.exists():
            rows[table_dir.name] = _count_rows(part_path, fmt)
    return _chunk_result(index, articles, rows, resumed=True)


def _count_rows(path: Path, fmt: str) -> int:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return len(_read_part(path, fmt))


class _Ready:
    """A finished 'future' holding a value (for resumed chunks)."""

    def __init__(self, value: ChunkResult) -> None:
        self.value = value

    def result(self) -> ChunkResult:
        return self.value


def _ordered(submit: Callable[[int, list[ArticleRecord]], Any],
             chunks: Iterator[list[ArticleRecord]], window: int) -> Iterator[ChunkResult]:
    """Submit chunks keeping at most ``window`` in flight; yield results in input order."""
    pending: deque[Any] = deque()
    for index, chunk in enumerate(chunks):
        pending.append(submit(index, chunk))
        while len(pending) >= window or (pending and isinstance(pending[0], _Ready)):
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _default_log(message: str) -> None:
    _LOG.warning(message)


def _want_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    if sys.stderr is not None and sys.stderr.isatty():
        return True
    shell = getattr(sys.modules.get("IPython"), "get_ipython", lambda: None)()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def run_corpus(
    source: Any,
    out: str | Path,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: Any = None,
    chunk_size: int = 100,
    fmt: str = "parquet",
    tables: Sequence[str] | None = None,
    progress: bool | None = None,
    log: Callable[[str], None] | None = _default_log,
) -> CorpusSummary:
    """Analyse every article of ``source`` and write all tables into ``out``.

    Args:
        source: see :func:`iter_records`.
        out: output folder (created; an earlier, interrupted run there resumes).
        engine: ``"local"`` (a process pool) or ``"dask"`` (``dask.distributed``).
        workers: processes (local) or LocalCluster workers (dask); default all cores.
            ``workers=1`` with the local engine runs in this process.
        scheduler: dask only: a scheduler address or a ``distributed.Client``;
            ``None`` starts a ``LocalCluster``.
        chunk_size: articles per chunk (and per part file).
        fmt: ``"parquet"`` or ``"csv"`` part files.
        tables: write only these tables (``articles`` is always written).
        progress: show a tqdm progress bar; ``None``: on a terminal or in Jupyter.
        log: called with a line per skipped or failed article (``None``: silent);
            articles of resumed chunks were reported by the earlier run.

    Raises :class:`ArticleError` for unreadable input or an ``out`` folder that
    holds another run; nothing is written then.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
        >>> run_corpus([{"id": "a", "text": "Hi."}], out, workers=1, progress=False).line()
        '1 articles: 1 analysed, 0 skipped, 0 failed (0 resumed from an earlier run)'
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    workers = workers or os.cpu_count() or 1
    out = Path(out)
    show = _want_progress(progress)
    records = iter_records(source)  # raises for bad input before anything is written
    total = count_records(source) if show else None
    settings = _settings(source, chunk_size, fmt, tables)
    done = _prepare_out(out, settings)
    table_list = list(tables) if tables is not None else None
    summary = CorpusSummary()

    from tqdm.auto import tqdm

    with ExitStack() as stack:
        submit_work = _submitter(stack, engine, workers, scheduler)

        def submit(index: int, chunk: list[ArticleRecord]) -> Any:
            if index in done:
                return _Ready(_resumed_chunk(index, chunk, done[index], out, fmt))
            return submit_work(index, chunk, str(out), fmt, table_list)

        bar = stack.enter_context(tqdm(total=total, unit="article", desc="corpus",
                                       disable=not show, leave=False))
        window = max(2, 2 * workers)
        for result in _ordered(submit, _chunks(records, chunk_size), window):
            done.pop(result.index, None)
            summary.add(result)
            bar.update(result.n_articles)
            if log is not None and not result.resumed:  # reported when first processed
                for article_id, status, reason in result.problems:
                    log(f"{status} {article_id}: {reason}")
    if done:  # parts of chunks past the end of this input
        raise ArticleError(out, f"the earlier run there had {max(done) + 1} chunks, this input "
                           f"{summary.n_chunks}; the input changed, use another --out folder")
    _write_json(out / MANIFEST, {**settings, "complete": True, "summary": summary.as_dict()})
    return summary


def _submitter(stack: ExitStack, engine: str, workers: int,
               scheduler: Any) -> Callable[..., Any]:
    """Return ``submit(index, chunk, out, fmt, tables) -> future`` for ``engine``."""
    if engine == "dask":
        client = _dask_client(stack, workers, scheduler)

        def submit_dask(index: int, *args: Any) -> Any:
            return client.submit(process_chunk, index, *args, pure=False)

        return submit_dask
    if workers == 1:
        frozen: list[bool] = []

        def submit_here(*args: Any) -> _Ready:
            result = _process_chunk_local(*args)
            if not frozen:  # the stages and their data are loaded now
                _freeze(stack)
                frozen.append(True)
            return _Ready(result)

        return submit_here
    _warm_up()  # forked workers inherit the loaded stages, knowledge base and codebook
    _freeze(stack)
    pool = ProcessPoolExecutor(max_workers=workers)
    stack.push(lambda *exc: pool.shutdown(wait=True, cancel_futures=exc[0] is not None))
    return lambda *args: pool.submit(_process_chunk_local, *args)


def _process_chunk_local(*args: Any) -> ChunkResult:
    """:func:`process_chunk` with the cyclic garbage collector paused during the chunk.

    A chunk allocates many small objects, and the collector would walk the young
    ones hundreds of times; the young generations are collected once at the end
    instead, which frees every reference cycle the chunk left behind.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return process_chunk(*args)
    finally:
        if enabled:
            gc.enable()
            gc.collect(1)


def _warm_up() -> None:
    """Import every stage and load its data once, in this process."""
    from .pipeline import analyse

    analyse(article_from_text('"It is ready," the minister said.', "warm-up"))


def _freeze(stack: ExitStack) -> None:
    """Keep every object alive now out of the cyclic garbage collector until ``stack``
    closes (:func:`gc.freeze`).

    Each full collection would walk all of them (modules, knowledge base, codebook):
    about 40 ms, some 0.2 ms per article over a run.
    """
    gc.collect()
    gc.freeze()
    stack.callback(gc.unfreeze)


#: Logger families of dask.distributed, which report timing hints ("full garbage
#: collections took …", "event loop was unresponsive …") on stderr.
_DASK_LOGGERS: tuple[str, ...] = ("distributed", "tornado", "bokeh")


def quiet_dask() -> None:
    """Show only errors from dask.distributed's loggers.

    Its warnings depend on the machine's load (garbage-collection and event-loop
    timings), so a notebook printing them would differ from run to run.

    Example:
        >>> quiet_dask()
        >>> import logging
        >>> logging.getLogger("distributed").level == logging.ERROR
        True
    """
    import distributed  # noqa: F401  (its import installs the loggers' levels)

    names = [name for name in logging.root.manager.loggerDict
             if name.split(".")[0] in _DASK_LOGGERS]
    for name in sorted({*names, *_DASK_LOGGERS}):
        logging.getLogger(name).setLevel(logging.ERROR)


@contextmanager
def local_cluster(workers: int = 2, *, processes: bool = True) -> Iterator[Any]:
    """A quiet ``dask.distributed.LocalCluster`` of single-threaded workers.

    Use ``processes=False`` for workers as threads of this process (quick to start,
    as in notebook 06); the default gives each worker its own process.

    Example:
        >>> with local_cluster(2, processes=False) as cluster:  # doctest: +SKIP
        ...     run_corpus(SAMPLE_CORPUS, "out", engine="dask",
        ...                scheduler=cluster.scheduler_address)
    """
    from distributed import LocalCluster

    quiet_dask()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                          dashboard_address=None) as cluster:
            quiet_dask()  # again: starting the cluster may import more of its modules
            yield cluster


def _dask_client(stack: ExitStack, workers: int, scheduler: Any) -> Any:
    from distributed import Client

    quiet_dask()
    if isinstance(scheduler, Client):
        return scheduler
    if scheduler is None:
        cluster = stack.enter_context(local_cluster(workers))
        return stack.enter_context(Client(cluster))
    return stack.enter_context(Client(scheduler))


# --------------------------------------------------------------------------- reading back
def _read_part(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, keep_default_na=False)


def _layout(out: Path) -> str:
    manifest = out / MANIFEST
    if not manifest.exists():
        raise ArticleError(out, "is not a corpus output folder (no manifest)")
    return json.loads(manifest.read_text(encoding="utf-8"))["format"]


def table_names(out: str | Path) -> list[str]:
    """The tables written into a corpus output folder, sorted.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
        >>> _ = run_corpus([{"id": "a", "text": "Hi."}], out, workers=1, progress=False)
        >>> table_names(out)
        ['articles', 'paragraphs', 'sentences']
    """
    out = Path(out)
    fmt = _layout(out)
    return sorted(p.name for p in out.iterdir()
                  if p.is_dir() and any(p.glob(f"part-*.{fmt}")))


def iter_table(out: str | Path, name: str) -> Iterator[tuple[int, pd.DataFrame]]:
    """Stream a table of a corpus output folder as ``(chunk index, frame)`` pairs.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
        >>> recs = [{"id": i, "text": "Hi."} for i in "abc"]
        >>> _ = run_corpus(recs, out, workers=1, chunk_size=2, progress=False)
        >>> [(i, len(f)) for i, f in iter_table(out, "articles")]
        [(0, 2), (1, 1)]
    """
    out = Path(out)
    fmt = _layout(out)
    for part in sorted((out / name).glob(f"part-*.{fmt}")):
        yield int(part.name.split("-")[1].split(".")[0]), _read_part(part, fmt)


def read_table(out: str | Path, name: str) -> pd.DataFrame:
    """Read a whole table of a corpus output folder into one frame.

    A table without any part gives an empty frame with the table's columns
    (from :data:`analysis.pipeline.TABLES` or :data:`ARTICLE_COLUMNS`).

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
        >>> _ = run_corpus([{"id": "a", "text": "Hi."}], out, workers=1, progress=False)
        >>> read_table(out, "sentences")["text"].tolist()
        ['Hi.']
    """
    from .pipeline import TABLES

    frames = [frame for _, frame in iter_table(out, name)]
    if frames:
        return pd.concat(frames, ignore_index=True)
    columns = ARTICLE_COLUMNS if name == "articles" else TABLES.get(name, [])
    return pd.DataFrame(columns=columns)


def iter_joined(out: str | Path, name: str,
                columns: Sequence[str] = ("date", "outlet")) -> Iterator[pd.DataFrame]:
    """Stream a table chunk by chunk with article metadata ``columns`` joined on.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
        >>> recs = [{"id": "a", "text": "Hi.", "outlet": "Post"}]
        >>> _ = run_corpus(recs, out, workers=1, progress=False)
        >>> next(iter_joined(out, "sentences"))[["article_id", "outlet"]].values.tolist()
        [['a', 'Post']]
    """
    out = Path(out)
    fmt = _layout(out)
    for index, frame in iter_table(out, name):
        meta = _read_part(out / "articles" / _part_name(index, fmt), fmt)
        meta = meta[["article_id", *columns]].astype({"article_id": frame["article_id"].dtype})
        yield frame.merge(meta, on="article_id", how="left", validate="many_to_one")


@lru_cache(maxsize=1)
def sample_run() -> Path:
    """The sample corpus analysed once per process into a temporary folder.

    The folder is removed when the process ends.

    Example:
        >>> sorted(table_names(sample_run()))[:2]
        ['actors', 'articles']
    """
    tmp = Path(tempfile.mkdtemp(prefix="corpus-sample-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    run_corpus(SAMPLE_CORPUS, tmp / "run", workers=1, progress=False, log=None)
    return tmp / "run"
