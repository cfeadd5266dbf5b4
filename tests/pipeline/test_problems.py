"""What openapi-python-client's parser refused, told in one subject and one cause (generator/problems.py)."""

from __future__ import annotations

from generator.problems import summarise


def test_the_first_real_cause_is_told_with_every_schema_dropped_with_it() -> None:
    problems = [
        ("\nUnable to process schema /components/schemas/ArticleComplete:", "Failure to process schema ..."),
        ("\nUnable to process schema /components/schemas/ProjectArticle:", "None | str can't be merged with str"),
        (
            "\nUnable to process schema /components/schemas/PrivateProjectArticle:",
            "Reference X in allOf was not processed",
        ),
    ]
    assert summarise(problems) == (
        "schema ProjectArticle",
        "None | str can't be merged with str "
        "(3 schemas dropped: ArticleComplete, PrivateProjectArticle, ProjectArticle)",
    )


def test_an_operation_problem_names_the_operation() -> None:
    header = "WARNING parsing POST /a within default. Endpoint will not be generated."
    detail = "Value 1 is not valid for enum <openapi_python_client.x object at 0x7f00aa>"
    assert summarise([(header, detail)]) == (
        "operation POST /a",
        "Endpoint will not be generated. Value 1 is not valid for enum a reference",
    )


def test_anything_else_is_told_as_it_came() -> None:
    assert summarise([("Problem creating a Property: ", "no\n  type")]) == ("", "Problem creating a Property: no type")
    assert summarise([]) == ("", "")
