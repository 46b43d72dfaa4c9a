"""The corpus engine: inputs, streaming, equality with one-by-one analysis,
bad articles, resuming, atomic outputs, the CLI, Dask, and the aggregations."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis.pipeline as pipeline
from analysis import aggregate, corpus, load_article
from analysis.cli import main
from analysis.corpus import (
    ArticleRecord,
    article_from_record,
    iter_records,
    read_table,
    run_corpus,
    table_names,
)
from analysis.errors import ArticleError

TEXTS = {
    "harbour": (
        "The port authority said on Monday that repairs to the northern quay would take "
        "at least a year.\n\n"
        '"We are doing what we can with the money we have," Ana Ruiz, the authority\'s '
        "director, told reporters.\n\nShipping firms have asked the government for help."
    ),
    "rail": (
        "Train drivers will strike for two days next week, their union announced.\n\n"
        "The union's leader, Tom Best, said the offer was \"an insult\" to its members. "
        "The operator said it regretted the decision."
    ),
    "clinic": (
        "A new clinic opened in the town centre on Saturday.\n\n"
        "\u201cIt will cut waiting times by half,\u201d said Dr. Mina Patel, who runs it.\n\n"
        "Patients welcomed the news."
    ),
    "budget": (
        "Councillors approved the budget late on Tuesday after a long debate.\n\n"
        "According to the finance chief, the plan closes a gap of four million.\n\n"
        "Opposition members said they would keep pressing for lower fees."
    ),
    "bridge": (
        "Engineers closed the old bridge after finding cracks in two of its pillars.\n\n"
        "\u2018Safety comes first,\u2019 the mayor said. \u2018We will reopen it when it is "
        "safe.\u2019\n\nDrivers face detours of up to twenty minutes."
    ),
}
META = {
    "harbour": ("2025-01-03", "Capital Wire"),
    "rail": ("2025-01-10", "Harbour Times"),
    "clinic": ("2025-02-14", "Capital Wire"),
    "budget": ("2025-03-01", "Northern Courier"),
    "bridge": ("2025-03-20", "Harbour Times"),
}
HTML = (
    "<!doctype html><html><body><article><h1>Ferry service resumes</h1>"
    "<p>The ferry to the islands will run again from Friday, the operator said on "
    "Wednesday after weeks of repairs.</p><p>\u201cPassengers have been very patient,\u201d "
    "a spokeswoman said. The company said timetables would return to normal.</p>"
    "</article></body></html>"
)


def _records(n: int | None = None) -> list[dict[str, str]]:
    rows = []
    for i, (name, text) in enumerate(TEXTS.items()):
        date, outlet = META[name]
        rows.append({"id": name, "text": text, "date": date, "outlet": outlet,
                     "url": f"https://example.org/{i}"})
    return rows[:n] if n else rows


def _many(n: int) -> list[dict[str, str]]:
    base = _records()
    return [{**base[i % len(base)], "id": f"x{i:03d}"} for i in range(n)]


def _write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _expected(records: list[ArticleRecord]) -> dict[str, pd.DataFrame]:
    """The tables analysing the articles one by one gives."""
    return pipeline.combine([pipeline.analyse(article_from_record(r)) for r in records])


def _assert_same_as_one_by_one(out: Path, records: list[ArticleRecord]) -> None:
    expected = _expected(records)
    names = set(table_names(out)) - {"articles"}
    assert names == {n for n, f in expected.items() if not f.empty}
    for name in names:
        pd.testing.assert_frame_equal(read_table(out, name), expected[name])


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


# --------------------------------------------------------------------------- inputs
@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    for name, text in TEXTS.items():
        target = folder / "more" if name == "bridge" else folder
        (target / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "ferry.html").write_text(HTML, encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def test_every_input_kind_gives_the_same_records(article_dir: Path, tmp_path: Path) -> None:
    rows = _records()
    jsonl = _write_jsonl(tmp_path / "a.jsonl", rows)
    csv = tmp_path / "a.csv"
    pd.DataFrame(rows).to_csv(csv, index=False)
    parquet = tmp_path / "a.parquet"
    frame = pd.DataFrame(rows)
    frame["date"] = pd.to_datetime(frame["date"])  # real date column: read back as ISO dates
    frame.to_parquet(parquet, index=False)

    def texts(source: object) -> list[tuple[str, str, str, str]]:
        return [(r.article_id, article_from_record(r).text, r.date, r.outlet)
                for r in iter_records(source)]

    from_records = texts(jsonl)
    assert [r[0] for r in from_records] == list(TEXTS)
    assert from_records[0][2:] == ("2025-01-03", "Capital Wire")
    assert texts(csv) == from_records
    assert texts(parquet) == from_records
    assert texts(rows) == from_records
    assert texts([ArticleRecord(**{"article_id": r["id"], **{k: r[k] for k in
                                   ("text", "date", "outlet", "url")}}) for r in rows]) \
        == from_records
    # files carry no metadata; a folder is read recursively and sorted, .md ignored
    from_dir = [(i, t) for i, t, _, _ in texts(article_dir)]
    assert [i for i, _ in from_dir] == ["budget", "clinic", "ferry", "harbour", "bridge",
                                        "rail"]  # sorted by path: more/bridge.txt < rail.txt
    assert dict(from_dir)["rail"] == TEXTS["rail"]
    assert "Passengers have been very patient" in dict(from_dir)["ferry"]
    files = sorted(article_dir.glob("*.txt"))
    assert [i for i, *_ in texts(str(article_dir / "*.txt"))] == [p.stem for p in files]
    assert [i for i, *_ in texts(files)] == [p.stem for p in files]
    assert [i for i, *_ in texts(files[0])] == [files[0].stem]


def test_input_level_errors_raise_before_writing(tmp_path: Path) -> None:
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("title,body\nA,B\n", encoding="utf-8")
    for source in (tmp_path / "missing.jsonl", str(tmp_path / "*.nothing"), bad_csv,
                   tmp_path):  # an empty folder
        with pytest.raises(ArticleError):
            run_corpus(source, tmp_path / "out", workers=1, progress=False)
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- equality
def test_identical_to_one_by_one_with_a_process_pool(tmp_path: Path) -> None:
    rows = _records()
    source = _write_jsonl(tmp_path / "c.jsonl", rows)
    out = tmp_path / "out"
    summary = run_corpus(source, out, workers=2, chunk_size=2, progress=False)
    assert (summary.n_articles, summary.n_ok, summary.n_chunks) == (5, 5, 3)
    records = list(iter_records(source))
    _assert_same_as_one_by_one(out, records)
    arts = read_table(out, "articles")
    assert arts["article_id"].tolist() == list(TEXTS)
    assert arts["outlet"].tolist() == [META[n][1] for n in TEXTS]
    assert arts["n_chars"].tolist() == [len(TEXTS[n]) for n in TEXTS]
    assert set(arts["status"]) == {"ok"}
    # a second engine setting (in-process, other chunking) gives the same tables
    other = tmp_path / "other"
    run_corpus(source, other, workers=1, chunk_size=5, progress=False)
    for name in table_names(out):
        pd.testing.assert_frame_equal(read_table(other, name), read_table(out, name))


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chunk_size=st.integers(1, 6), order=st.permutations(list(TEXTS)))
def test_any_chunking_and_order_gives_the_one_by_one_tables(tmp_path: Path, chunk_size: int,
                                                            order: list[str]) -> None:
    by_id = {r["id"]: r for r in _records()}
    rows = [by_id[name] for name in order]
    out = tmp_path / f"out-{chunk_size}-{'-'.join(order)}"
    run_corpus(rows, out, workers=1, chunk_size=chunk_size, progress=False)
    _assert_same_as_one_by_one(out, list(iter_records(rows)))
    assert read_table(out, "articles")["article_id"].tolist() == order


def test_files_are_analysed_like_load_article(article_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_corpus(article_dir, out, workers=1, chunk_size=4, progress=False)
    files = [r.path for r in iter_records(article_dir)]
    expected = pipeline.combine([pipeline.analyse(load_article(p)) for p in files])
    for name, frame in expected.items():
        if not frame.empty:
            pd.testing.assert_frame_equal(read_table(out, name), frame)
    assert read_table(out, "articles")["source"].str.endswith((".txt", ".html")).all()


def test_csv_parts_read_back_the_same(tmp_path: Path) -> None:
    rows = _records()
    run_corpus(rows, tmp_path / "p", workers=1, chunk_size=2, progress=False)
    run_corpus(rows, tmp_path / "c", workers=1, chunk_size=2, progress=False, fmt="csv")
    assert sorted((tmp_path / "c" / "sentences").glob("part-*.csv"))
    for name in ("paragraphs", "sentences"):
        pd.testing.assert_frame_equal(read_table(tmp_path / "c", name),
                                      read_table(tmp_path / "p", name))


# --------------------------------------------------------------------------- streaming
def test_input_is_streamed_not_read_at_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first_part = out / "articles" / "part-000000.parquet"
    pulled_before_first_part: list[int] = []

    def generate() -> Iterator[dict[str, str]]:
        for i, row in enumerate(_many(40)):
            if first_part.exists() and not pulled_before_first_part:
                pulled_before_first_part.append(i)
            yield row

    summary = run_corpus(generate(), out, workers=1, chunk_size=2, progress=False)
    assert summary.n_ok == 40
    # the first part was written after a few chunks were read, long before the end
    assert pulled_before_first_part and pulled_before_first_part[0] <= 8


def test_jsonl_is_read_lazily(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "c.jsonl", _many(3))
    records = iter_records(source)
    with source.open("a", encoding="utf-8") as handle:  # appended after the reader opened
        handle.write(json.dumps({"id": "late", "text": "Late news."}) + "\n")
    assert [r.article_id for r in records][-1] == "late"


# --------------------------------------------------------------------------- bad articles
def test_bad_articles_are_reported_skipped_and_counted(tmp_path: Path) -> None:
    good = _records(2)
    source = tmp_path / "mixed.jsonl"
    lines = [json.dumps(good[0]).encode(),
             json.dumps({"id": "empty", "text": ""}).encode(),
             json.dumps({"id": "blank", "text": "  \n\n "}).encode(),
             json.dumps({"id": "nohtml",
                         "text": "<html><body><script>var x = 1;</script></body></html>"}
                        ).encode(),
             b"{not json",
             json.dumps({"text": "No id here."}).encode(),
             json.dumps({"id": "notext"}).encode(),
             b'{"id": "latin", "text": "caf\xe9"}',
             json.dumps({**good[0], "text": "Duplicate id."}).encode(),
             json.dumps(good[1]).encode()]
    source.write_bytes(b"\n".join(lines) + b"\n")
    logged: list[str] = []
    out = tmp_path / "out"
    summary = run_corpus(source, out, workers=2, chunk_size=3, progress=False,
                         log=logged.append)
    assert (summary.n_articles, summary.n_ok, summary.n_skipped, summary.n_failed) == \
        (10, 2, 8, 0)
    arts = read_table(out, "articles")
    assert arts["status"].tolist().count("skipped") == 8
    reasons = dict(zip(arts["article_id"], arts["error"], strict=True))
    assert reasons["empty"] == reasons["blank"] == "article has no text"
    assert reasons["nohtml"] == "HTML holds no article text"
    assert reasons["mixed.jsonl:5"] == "line 5 is not valid JSON"
    assert reasons["mixed.jsonl:6"] == "record has no id"
    assert reasons["mixed.jsonl:8"] == "line 8 is not UTF-8"
    assert reasons["notext"] == "record has no text"
    assert list(arts["article_id"]).count("harbour") == 2
    assert "duplicate article id" in set(arts["error"])
    assert len(logged) == 8 and logged[0] == "skipped empty: article has no text"
    # the good articles are there, in full
    assert set(read_table(out, "paragraphs")["article_id"]) == {"harbour", "rail"}
    manifest = json.loads((out / corpus.MANIFEST).read_text())
    assert manifest["complete"] and manifest["summary"]["n_skipped"] == 8


def test_bad_article_files_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXTS["rail"], encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "menu.html").write_text("<html><body><script>var x;</script></body></html>",
                                      encoding="utf-8")
    (folder / "furniture.txt").write_text("Related\nA headline here\nAnother one\n",
                                          encoding="utf-8")
    out = tmp_path / "out"
    summary = run_corpus(folder, out, workers=2, chunk_size=2, progress=False, log=None)
    assert (summary.n_ok, summary.n_skipped) == (1, 4)
    arts = read_table(out, "articles").set_index("article_id")
    assert arts.loc["good", "status"] == "ok"
    assert arts.loc["empty", "error"] == "file is empty"
    assert "binary" in arts.loc["binary", "error"]
    assert arts.loc["menu", "error"] == "HTML holds no article text"
    assert "furniture" in arts.loc["furniture", "error"]
    assert set(read_table(out, "sentences")["article_id"]) == {"good"}


def test_an_unexpected_stage_error_fails_one_article_only(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    real = pipeline.analyse_rows

    def flaky(article, kb=None, codebook=None):  # noqa: ANN001, ANN202
        if article.article_id == "rail":
            raise RuntimeError("stage broke")
        return real(article)

    monkeypatch.setattr(pipeline, "analyse_rows", flaky)
    summary = run_corpus(_records(), tmp_path / "out", workers=1, progress=False, log=None)
    assert (summary.n_ok, summary.n_failed, summary.n_skipped) == (4, 1, 0)
    assert summary.problems == [("rail", "failed", "RuntimeError: stage broke")]


# --------------------------------------------------------------------------- resume
def _count_analyses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = pipeline.analyse_rows

    def counting(article, kb=None, codebook=None):  # noqa: ANN001, ANN202
        seen.append(article.article_id)
        return real(article)

    monkeypatch.setattr(pipeline, "analyse_rows", counting)
    return seen


def test_an_interrupted_run_resumes_without_redoing_work(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    rows = _many(10)
    clean = tmp_path / "clean"
    run_corpus(rows, clean, workers=1, chunk_size=2, progress=False)

    def interrupted() -> Iterator[dict[str, str]]:
        for i, row in enumerate(rows):
            if i == 5:
                raise KeyboardInterrupt
            yield row

    out = tmp_path / "out"
    seen = _count_analyses(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        run_corpus(interrupted(), out, workers=1, chunk_size=2, progress=False)
    assert not json.loads((out / corpus.MANIFEST).read_text())["complete"]
    assert len(list((out / "articles").glob("part-*"))) == 2
    (out / "sentences" / ".part-000004.parquet.999.tmp").write_bytes(b"half")  # a killed writer
    seen.clear()
    summary = run_corpus(rows, out, workers=1, chunk_size=2, progress=False)
    assert seen == [f"x{i:03d}" for i in range(4, 10)]  # chunks 0 and 1 were not redone
    assert (summary.n_articles, summary.n_resumed, summary.n_ok) == (10, 4, 10)
    assert _files(out) == _files(clean)  # byte-identical, no temporary file left
    seen.clear()
    again = run_corpus(rows, out, workers=1, chunk_size=2, progress=False)
    assert seen == [] and again.n_resumed == 10


def test_a_crash_while_writing_leaves_no_half_written_file(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    rows = _many(6)
    import pyarrow.parquet as pq

    real = pq.write_table  # every part, from a frame or from rows, is written by it
    calls = {"n": 0}

    def crashing(table, path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        calls["n"] += 1
        if "sentences" in str(path) and "000001" in str(path):
            Path(path).write_bytes(b"PAR1 half a file")
            raise OSError("disk full")
        return real(table, path, *args, **kwargs)

    monkeypatch.setattr(pq, "write_table", crashing)
    out = tmp_path / "out"
    with pytest.raises(OSError, match="disk full"):
        run_corpus(rows, out, workers=1, chunk_size=2, progress=False)
    leftovers = [p.name for p in out.rglob("*") if p.is_file() and p.name.startswith(".")]
    assert leftovers == []
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["part-000000.parquet"]
    for part in out.rglob("part-*.parquet"):
        pd.read_parquet(part)  # every part that exists is whole
    monkeypatch.setattr(pq, "write_table", real)
    run_corpus(rows, out, workers=1, chunk_size=2, progress=False)
    _assert_same_as_one_by_one(out, list(iter_records(rows)))


def test_an_output_folder_of_another_run_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_corpus(_records(), out, workers=1, chunk_size=2, progress=False)
    with pytest.raises(ArticleError, match="other settings"):
        run_corpus(_records(), out, workers=1, chunk_size=3, progress=False)
    with pytest.raises(ArticleError, match="input changed"):  # other articles in a chunk
        run_corpus(_records()[::-1], out, workers=1, chunk_size=2, progress=False)
    with pytest.raises(ArticleError, match="input changed"):  # fewer chunks than before
        run_corpus(_records()[:2], out, workers=1, chunk_size=2, progress=False)
    source = _write_jsonl(tmp_path / "c.jsonl", _records())
    run_corpus(source, tmp_path / "named", workers=1, progress=False)
    again = run_corpus(source.resolve(), tmp_path / "named", workers=1, progress=False)
    assert again.n_resumed == 5  # the same input named another way resumes
    other = tmp_path / "taken"
    other.mkdir()
    (other / "thesis.docx").write_bytes(b"x")
    with pytest.raises(ArticleError, match="not a corpus output folder"):
        run_corpus(_records(), other, workers=1, progress=False)


# --------------------------------------------------------------------------- CLI
def test_cli_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_jsonl(tmp_path / "c.jsonl", _records() + [{"id": "void", "text": ""}])
    out = tmp_path / "out"
    code = main(["corpus", str(source), "--out", str(out), "--workers", "2",
                 "--chunk-size", "2", "--no-progress"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.strip().startswith("6 articles: 5 analysed, 1 skipped, 0 failed")
    assert "skipped void: article has no text" in captured.err
    assert "sentences" in table_names(out)
    assert main(["corpus", str(source), "--out", str(out), "--workers", "2",
                 "--chunk-size", "2", "--no-progress"]) == 0
    assert "(6 resumed" in capsys.readouterr().out


def test_cli_corpus_bad_input_writes_nothing(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["corpus", str(tmp_path / "nope.jsonl"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "nope.jsonl" in err
    assert not out.exists()
    with pytest.raises(SystemExit):
        main(["corpus", "x.jsonl", "--out", str(out), "--workers", "0"])
    assert not out.exists()


# --------------------------------------------------------------------------- dask
@pytest.mark.slow
def test_dask_engine_equals_the_default_engine(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    from analysis.corpus import local_cluster

    source = _write_jsonl(tmp_path / "c.jsonl", _many(12) + [{"id": "bad", "text": " "}])
    local = tmp_path / "local"
    run_corpus(source, local, workers=2, chunk_size=3, progress=False, log=None)
    dask_out = tmp_path / "dask"
    with local_cluster(2, processes=False) as cluster:
        summary = run_corpus(source, dask_out, engine="dask", scheduler=cluster.scheduler_address,
                             chunk_size=3, progress=False, log=None)
    assert (summary.n_ok, summary.n_skipped) == (12, 1)
    assert capfd.readouterr().err == ""  # notebook 06 runs this: any stderr breaks nbval
    assert _files(dask_out) == _files(local)
    for name in table_names(local):
        pd.testing.assert_frame_equal(read_table(dask_out, name), read_table(local, name))


# --------------------------------------------------------------------------- aggregation
_QUOTE = re.compile(r"[\"\u201c\u2018]([^\"\u201d\u2019]+)[\"\u201d\u2019]")


def _fake_row(table: str, **values: object) -> tuple[object, ...]:
    """A row of ``table`` in column order; unnamed columns get an empty value of their type."""
    ints = {"paragraph_id", "start", "end", "speaker_start", "speaker_end", "weight",
            "n_statements"}
    return tuple(values.get(c, 0 if c in ints else 0.0 if c == "score" else "")
                 for c in pipeline.TABLES[table])


def _fake_stages(article, kb=None, codebook=None):  # noqa: ANN001, ANN202
    """Stand-in stages: every quoted span is a direct quote of "Speaker <outlet>"."""
    aid = article.article_id
    quotes = [_fake_row("quotes", article_id=aid, quote_id=f"q{n:03d}", start=m.start(1),
                        end=m.end(1), text=m.group(1), type="direct",
                        speaker="Ana Ruiz" if n == 1 else "")
              for n, m in enumerate(_QUOTE.finditer(article.text), start=1)]
    tables = {name: [] for name in pipeline.TABLES}
    tables.update(paragraphs=article.paragraph_rows, sentences=article.sentence_rows,
                  quotes=quotes)
    if quotes:
        ids = ";".join(q[1] for q in quotes)
        tables["edges"] = [_fake_row("edges", article_id=aid, source="Ana Ruiz",
                                     target="Council", weight=len(quotes), quote_ids=ids)]
        tables["positions"] = [_fake_row("positions", article_id=aid, actor="Ana Ruiz",
                                         topic="budget", stance="support", score=1.0,
                                         evidence_quote_ids=ids)]
    return pipeline.ArticleRows(article=article, tables=tables)


def test_aggregations_over_a_corpus_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyse_rows", _fake_stages)
    out = tmp_path / "out"
    summary = run_corpus(_records() + [{"id": "void", "text": "", "outlet": "Capital Wire"}],
                         out, workers=1, chunk_size=2, progress=False, log=None)
    assert (summary.n_ok, summary.n_skipped, summary.n_failed) == (5, 1, 0)
    # harbour (1 quote, Capital Wire), rail (1, Harbour Times), clinic (1, Capital Wire),
    # bridge (2, Harbour Times), budget (0, Northern Courier)
    net = aggregate.corpus_network(out)
    assert net.values.tolist() == [["Ana Ruiz", "Council", 5, 4,
                                    "bridge:q001;bridge:q002;clinic:q001;harbour:q001;rail:q001"]]
    graph = aggregate.corpus_graph(net)
    assert graph["Ana Ruiz"]["Council"]["n_articles"] == 4

    outlets = aggregate.quotes_per_outlet(out)
    assert outlets.values.tolist() == [
        ["Capital Wire", 2, 2, 1.0, 2, 0, 0, 1],
        ["Harbour Times", 2, 3, 1.5, 3, 0, 0, 1],
        ["Northern Courier", 1, 0, 0.0, 0, 0, 0, 0],
    ]

    # dated positions: Jan 3 and Jan 10, Feb 14, Mar 20 (budget has no quote)
    over_time = aggregate.positions_over_time(out, size="30D", step="30D")
    assert over_time[["window_start", "window_end", "n_articles", "n_support"]
                     ].values.tolist() == [["2025-01-03", "2025-02-02", 2, 2],
                                           ["2025-02-02", "2025-03-04", 1, 1],
                                           ["2025-03-04", "2025-04-03", 1, 1]]
    overlapping = aggregate.positions_over_time(out, size="60D", step="30D")
    assert overlapping["n_articles"].tolist() == [3, 2, 1]


def test_positions_over_time_reads_any_date_format_and_leaves_out_undated_rows() -> None:
    frame = pd.DataFrame({"article_id": ["a", "b", "c"], "actor": ["X", "X", "Y"],
                          "topic": ["t"] * 3, "stance": ["oppose", "support", "oppose"],
                          "score": [-1.0, 1.0, -0.5], "date": ["2025-05-01", "", "2 May 2025"]})
    result = aggregate.positions_over_time(frame, size="7D", step="7D")
    assert result[["actor", "n_positions", "mean_score", "n_oppose"]].values.tolist() == [
        ["X", 1, -1.0, 1], ["Y", 1, -0.5, 1]]
    assert "n_support" not in result
    assert aggregate.positions_over_time(frame.iloc[:0]).empty
