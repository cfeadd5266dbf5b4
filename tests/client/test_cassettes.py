"""Multi-request workflows replayed from cassettes recorded against Prism (see tests/client/cassettes.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from figshare import Figshare
from figshare_api.models import ArticleCreate, ArticleUpdate, AuthorInput, AuthorsCreator
from tests.client.cassettes import CASSETTES, recorder

RECORDING = os.environ.get("FIGSHARE_RECORD") == "1"
BASE_URL = (
    os.environ.get("FIGSHARE_BASE_URL", "https://api.figshare.com/v2") if RECORDING else "https://api.figshare.com/v2"
)
TOKEN = os.environ.get("FIGSHARE_TOKEN", "recorded-token") if RECORDING else "replay-token"


def deposit_workflow(client: Figshare) -> None:
    created = client.account.articles.create(body=ArticleCreate(title="Test article title", defined_type="dataset"))
    article_id = created.entity_id
    assert isinstance(article_id, int)
    client.account.articles.update(article_id, body=ArticleUpdate(description="A description"))
    client.account.articles.authors_add(article_id, body=AuthorsCreator(authors=[AuthorInput(name="John Doe")]))
    article = client.account.articles.details(article_id)
    assert article.title
    listed = client.account.articles.list(page=1, page_size=10)
    assert isinstance(listed, list)


def test_deposit_workflow_replays_from_its_cassette() -> None:
    with (
        recorder().use_cassette("deposit_workflow.yaml"),
        Figshare(token=TOKEN, base_url=BASE_URL, rate_limit=None) as client,
    ):
        deposit_workflow(client)


def test_cassettes_hold_no_secrets() -> None:
    cassettes = sorted(CASSETTES.glob("*.yaml"))
    assert cassettes
    for cassette in cassettes:
        text = cassette.read_text(encoding="utf-8")
        assert "recorded-token" not in text, cassette.name
        for interaction in yaml.safe_load(text)["interactions"]:
            headers = {name.lower(): value for name, value in interaction["request"]["headers"].items()}
            assert headers.get("authorization", ["REDACTED"]) == ["REDACTED"], cassette.name


@pytest.mark.prism
def test_recording_filters_a_canary_token(prism_url: str, tmp_path: Path) -> None:
    """Record a fresh cassette against Prism with a canary token and search it for the canary."""
    canary = "CANARY-7f3a9c-never-written"
    record = recorder(tmp_path)
    record.record_mode = "once"
    with record.use_cassette("canary.yaml"), Figshare(token=canary, base_url=prism_url, rate_limit=None) as client:
        deposit_workflow(client)
    text = (tmp_path / "canary.yaml").read_text(encoding="utf-8")
    assert canary not in text
    assert "REDACTED" in text
