"""The type checker of parsed models now lives in ``generator.fidelity`` (the live check uses it too)."""

from __future__ import annotations

from generator.fidelity import Conformance, check

__all__ = ["Conformance", "check"]
