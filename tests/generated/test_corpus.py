"""Every real Figshare response that maps to an operation parses through the generated operation code into
typed models, and gives back every key and value: ``to_dict()`` equals the body.

The corpus lives outside the repository (FIGSHARE_TEST_CORPUS, ../shared/corpus in CI); which file answers
which request comes from its PROVENANCE.tsv.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from figshare_api.resources import operation as generated_operation
from tests.support.conformance import check
from tests.support.corpus import CorpusEntry, corpus_folder, match_operation, read_provenance

MAPPED_AT_LEAST = 72  # the number of corpus responses the issue counts as mapping to an operation


def rest_entries() -> list[CorpusEntry]:
    """The JSON success responses of the REST API in the corpus (error bodies are the errors tests' job)."""
    folder = corpus_folder()
    if folder is None:
        return []
    return [
        entry
        for entry in read_provenance(folder)
        if entry.file.startswith("rest/") and entry.file.endswith(".json") and not entry.status.startswith(("4", "5"))
    ]


@pytest.fixture(scope="module")
def spec(patched_spec_path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(patched_spec_path.read_text(encoding="utf-8"))
    return document


def parse_with_generated_code(operation: dict[str, Any], body: bytes) -> Any:
    """What the client does with a success body: the operation's own parser, on the decoded JSON."""
    return generated_operation(operation["operationId"]).parse(json.loads(body))


def to_plain(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_plain(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def mapped(entry: CorpusEntry, spec: dict[str, Any], corpus: Path) -> tuple[dict[str, Any], bytes] | None:
    """The operation and body of a corpus entry that is a JSON success response of a spec operation."""
    operation = match_operation(spec, entry.method, entry.path)
    if operation is None or entry.status.startswith(("4", "5")):
        return None
    body = (corpus / entry.file).read_bytes()
    try:
        json.loads(body)
    except ValueError:
        return None
    return operation, body


@pytest.mark.parametrize("entry", rest_entries() or [None], ids=lambda entry: entry.file if entry else "corpus")
def test_corpus_response_parses_typed_and_lossless(
    entry: CorpusEntry | None, spec: dict[str, Any], corpus_dir: Path
) -> None:
    assert entry is not None, "FIGSHARE_TEST_CORPUS has no PROVENANCE.tsv rows for rest/"
    found = mapped(entry, spec, corpus_dir)
    assert found is not None, f"{entry.file}: {entry.method} {entry.path} matches no operation of the spec"
    operation, body = found
    parsed = parse_with_generated_code(operation, body)
    assert to_plain(parsed) == json.loads(body), "a key or value was lost or changed"
    conformance = check(parsed)
    assert not conformance.mismatches, "values that do not have their declared type:\n" + "\n".join(
        conformance.mismatches
    )


def test_enough_corpus_responses_map_to_operations(spec: dict[str, Any], corpus_dir: Path) -> None:
    count = sum(1 for entry in rest_entries() if mapped(entry, spec, corpus_dir) is not None)
    assert count >= MAPPED_AT_LEAST
