"""The official OAI-PMH response schema, for validating pages in tests."""

from __future__ import annotations

from pathlib import Path

from lxml import etree


def load_schema(shared_dir: Path) -> etree.XMLSchema:
    """OAI-PMH.xsd from the shared reference folder (it imports nothing, so nothing is fetched)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "OAI-PMH.xsd"), parser))
