"""`import figshare` stays cheap; the public names resolve lazily."""

from __future__ import annotations

import subprocess
import sys

import pytest

import figshare


def test_import_figshare_does_not_import_httpx() -> None:
    code = "import sys, figshare; print('httpx' in sys.modules, 'figshare.errors' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"]


def test_lazy_names_resolve_and_are_listed() -> None:
    for name in figshare.__all__:
        assert getattr(figshare, name) is not None
    assert figshare.NotFoundError.__module__ == "figshare.errors"
    assert figshare.TokenAuth.__module__ == "figshare.auth"
    assert set(figshare.__all__) <= set(dir(figshare))


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchThing"):
        figshare.NoSuchThing  # noqa: B018
