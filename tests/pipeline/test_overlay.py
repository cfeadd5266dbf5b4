"""The strict overlay applier: Overlay 1.0 semantics, and every way an action can be wrong."""

from __future__ import annotations

from typing import Any

import pytest

from generator.overlay import OverlayError, apply_actions, apply_overlay_actions, merge_into, parse_overlay
from generator.targets import TARGETS


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def apply(document: dict[str, Any], *actions: dict[str, Any]) -> dict[str, Any]:
    apply_actions(document, parse_overlay(overlay(*actions), source="test.yaml"))
    return document


def test_update_merges_objects_recursively() -> None:
    document = {"info": {"title": "A", "contact": {"name": "x"}}}
    apply(document, {"target": "$.info", "description": "d", "update": {"contact": {"url": "u"}, "title": "B"}})
    assert document == {"info": {"title": "B", "contact": {"name": "x", "url": "u"}}}


def test_update_on_array_target_appends() -> None:
    document: dict[str, Any] = {"servers": []}
    apply(document, {"target": "$.servers", "description": "d", "update": [{"url": "a"}, {"url": "b"}]})
    apply(document, {"target": "$.servers", "description": "d", "update": {"url": "c"}})
    assert document["servers"] == [{"url": "a"}, {"url": "b"}, {"url": "c"}]


def test_update_of_every_node_a_filter_selects() -> None:
    """Filtered updates inside arrays (oas-patch 0.6.0 crashed on these)."""
    document = {"parameters": [{"name": "page", "schema": {}}, {"name": "q", "schema": {}}]}
    apply(
        document,
        {"target": "$.parameters[?@.name == 'page'].schema", "description": "d", "update": {"minimum": 1}},
    )
    assert document["parameters"][0]["schema"] == {"minimum": 1}
    assert document["parameters"][1]["schema"] == {}


def test_remove_deletes_every_match_even_several_in_one_array() -> None:
    document = {"items": [{"x": 1}, {"x": 2}, {"x": 1}, {"x": 3}]}
    apply(document, {"target": "$.items[?@.x == 1]", "description": "d", "remove": True})
    assert document == {"items": [{"x": 2}, {"x": 3}]}


def test_remove_false_is_refused_and_deletes_nothing() -> None:
    """oas-patch 0.6.0 deleted nodes on `remove: false`; here it is an error before anything happens."""
    with pytest.raises(OverlayError, match="does nothing"):
        parse_overlay(overlay({"target": "$.info", "description": "d", "remove": False}), source="t")


def test_remove_false_with_update_only_updates() -> None:
    document = {"info": {"title": "A"}}
    apply(document, {"target": "$.info", "description": "d", "remove": False, "update": {"title": "B"}})
    assert document == {"info": {"title": "B"}}


def test_unmatched_target_is_an_error() -> None:
    with pytest.raises(OverlayError, match="matches nothing"):
        apply({"info": {}}, {"target": "$.components.schemas.Nope", "description": "d", "update": {}})


def test_every_action_needs_a_description() -> None:
    with pytest.raises(OverlayError, match="description"):
        parse_overlay(overlay({"target": "$.info", "update": {}}), source="t")


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"target": "info", "description": "d", "update": {}}, "JSONPath"),
        ({"target": "$.info[?", "description": "d", "update": {}}, "invalid JSONPath"),
        ({"target": "$.info", "description": "d", "update": {}, "remove": True}, "not both"),
        ({"target": "$.info", "description": "d", "remove": "yes"}, "true or false"),
    ],
)
def test_malformed_actions_are_refused(action: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        parse_overlay(overlay(action), source="t")


def test_document_shape_is_checked() -> None:
    with pytest.raises(OverlayError, match="version"):
        parse_overlay({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, source="t")
    with pytest.raises(OverlayError, match="non-empty"):
        parse_overlay({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, source="t")


def test_update_replacing_a_scalar() -> None:
    document = {"a": {"type": "integer"}}
    apply(document, {"target": "$.a.type", "description": "d", "update": "string"})
    assert document == {"a": {"type": "string"}}


def test_merge_into_concatenates_nested_arrays() -> None:
    target: dict[str, Any] = {"required": ["a"], "x": {"y": 1}}
    merge_into(target, {"required": ["b"], "x": {"z": 2}})
    assert target == {"required": ["a", "b"], "x": {"y": 1, "z": 2}}


def test_project_overlays_are_well_formed_and_explain_themselves() -> None:
    for target in TARGETS.values():
        assert target.actions(), f"{target.name} has no overlay actions"
    for action in [action for target in TARGETS.values() for action in target.actions()]:
        assert len(action.description) >= 40, f"{action.label}: say why, with the evidence"


# -- requirements (x-requires and the references an update adds) --------------------------------------------

ERRORS = overlay(
    {
        "target": "$.components.schemas.ErrorMessage",
        "description": "d",
        "update": {"properties": {"data": {}}},
    },
    {
        "target": "$.paths.*.*.responses['404']",
        "description": "d",
        "x-requires": ["#1"],
        "update": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorMessage"}}}},
    },
    {
        "target": "$.info",
        "description": "d",
        "x-requires": ["errors.yaml#2", "#/components/schemas/Other"],
        "update": {"x-errors": True},
    },
)


def spec_2017_06_16() -> dict[str, Any]:
    """Upstream's shape of 2017-06-16: error responses, but no ErrorMessage schema."""
    return {"info": {}, "paths": {"/a": {"get": {"responses": {"404": {"description": "Not Found"}}}}}}


def test_an_action_requiring_a_skipped_one_is_skipped_with_it_and_leaves_no_dangling_reference() -> None:
    document = spec_2017_06_16()
    report = apply_overlay_actions(document, parse_overlay(ERRORS, source="errors.yaml"), strict=False)
    assert [action.key for action in report.unmatched] == ["errors.yaml#1"]
    assert [(action.key, why) for action, why in report.unmet] == [
        ("errors.yaml#2", "`errors.yaml#1`, which was not applied"),
        ("errors.yaml#3", "`errors.yaml#2`, which was not applied"),
    ]
    assert document == spec_2017_06_16(), "nothing applied"


def test_a_reference_added_by_an_update_is_a_requirement_even_undeclared() -> None:
    actions = parse_overlay(overlay(ERRORS["actions"][1] | {"x-requires": []}), source="errors.yaml")
    document = spec_2017_06_16()
    report = apply_overlay_actions(document, actions, strict=False)
    assert (
        report.unmet[0][1] == "`#/components/schemas/ErrorMessage` (its update references it), which the document lacks"
    )
    assert document == spec_2017_06_16()
    with pytest.raises(OverlayError, match="requires `#/components/schemas/ErrorMessage`"):
        apply_actions(spec_2017_06_16(), actions)


def test_an_update_may_reference_what_it_creates() -> None:
    action = {
        "target": "$",
        "description": "d",
        "update": {"components": {"schemas": {"A": {"type": "object"}, "B": {"$ref": "#/components/schemas/A"}}}},
    }
    document: dict[str, Any] = {"info": {}}
    assert len(apply_overlay_actions(document, parse_overlay(overlay(action), source="t"), strict=False).applied) == 1
    assert document["components"]["schemas"]["B"] == {"$ref": "#/components/schemas/A"}


def test_met_requirements_change_nothing_and_unmet_ones_fail_the_strict_build() -> None:
    document = spec_2017_06_16() | {"components": {"schemas": {"ErrorMessage": {}, "Other": {}}}}
    report = apply_overlay_actions(document, parse_overlay(ERRORS, source="errors.yaml"))
    assert [action.key for action, _count in report.applied] == ["errors.yaml#1", "errors.yaml#2", "errors.yaml#3"]
    del document["components"]["schemas"]["Other"]
    with pytest.raises(OverlayError, match=r"action #3 .* requires `#/components/schemas/Other`, which the document"):
        apply_actions(document, parse_overlay(ERRORS, source="errors.yaml"))


@pytest.mark.parametrize(
    ("requires", "message"),
    [
        ("#1", "must be a list"),
        (["errors"], "neither a JSON Pointer nor an action"),
        (["#1"], "earlier action"),
        (["#2"], "earlier action"),
        ([3], "must be a list"),
    ],
)
def test_malformed_requirements_are_refused(requires: Any, message: str) -> None:
    action = {"target": "$.info", "description": "d", "update": {}, "x-requires": requires}
    with pytest.raises(OverlayError, match=message):
        parse_overlay(overlay(action), source="t.yaml")


def test_an_unknown_action_is_an_unmet_requirement() -> None:
    action = {"target": "$.info", "description": "d", "update": {}, "x-requires": ["other.yaml#4"]}
    with pytest.raises(OverlayError, match=r"`other\.yaml#4`, which is not one of the overlay actions"):
        apply_actions({"info": {}}, parse_overlay(overlay(action), source="t.yaml"))
