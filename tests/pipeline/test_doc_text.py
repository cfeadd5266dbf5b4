"""Spec descriptions become docstring text: Figshare's inline HTML as Markdown, nothing else changed."""

from __future__ import annotations

from pathlib import Path

from generator.shapes import doc_text

ROOT = Path(__file__).resolve().parents[2]


def test_the_html_of_figshare_descriptions_becomes_markdown() -> None:
    described = "<b>One of:</b> <code>figure</code> <code>online resource</code>\n <code>book</code>"
    assert doc_text(described) == "**One of:** `figure`, `online resource`, `book`"
    assert doc_text('See the <a href="#hr_feed">HR Feed section</a>.<br/>Next') == "See the HR Feed section. Next"
    assert doc_text("<p>An <i>item</i></p>") == "An *item*"


def test_other_angle_brackets_quotes_and_backslashes_are_kept_safe() -> None:
    assert doc_text('`{"id": <int>}` and a <custom> word') == '`{"id": <int>}` and a <custom> word'
    assert doc_text('say """hi""" \\d') == "say '''hi''' \\\\d"
    assert doc_text(None) == ""


def test_no_html_tag_of_the_spec_is_left_in_the_generated_docstrings() -> None:
    tags = ("<code>", "<b>", "</a>", "<br", "<p>", "<i>")
    leftovers = [
        f"{path.relative_to(ROOT)}: {tag}"
        for package in ("figshare_api", "figshare_api_v3")
        for path in sorted((ROOT / "generated" / package).rglob("*.py"))
        for tag in tags
        if tag in path.read_text(encoding="utf-8")
    ]
    assert leftovers == []
