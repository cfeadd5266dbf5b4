"""articles / collections / projects: what each command sends, prints, and refuses."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from figshare.cli._failures import ExitCode
from figshare.cli._services import Services
from tests.cli.cli_fakes import FakeAPI, account, article, invoke

TOKEN = "item-token-42"


@pytest.fixture
def signed_in(services: Services, api: FakeAPI) -> Services:
    api.on("GET", "/v2/account", account())
    assert invoke(services, "login", "--with-token", input=TOKEN).exit_code == 0
    api.requests.clear()
    return services


def params_of(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


# -- list --------------------------------------------------------------------------------------------------


def test_list_prints_a_table_of_public_articles(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles", [article(1), article(2, "Second [bold]title[/bold]")])
    result = invoke(services, "articles", "list")
    assert result.exit_code == 0, result.stderr
    assert "Caulobacter data" in result.stdout
    assert "Second [bold]title[/bold]" in result.stdout  # printed as written, never as markup
    assert "10.6084/m9.figshare.2" in result.stdout
    (request,) = api.requests
    assert params_of(request) == {"limit": "20", "offset": "0"}
    assert "Authorization" not in request.headers


def test_list_json_is_exactly_the_api_objects(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles", [article(1), article(2)])
    result = invoke(services, "articles", "list", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [article(1), article(2)]


def test_list_json_keeps_unicode_line_separators_inside_strings(services: Services, api: FakeAPI) -> None:
    # json.dumps(ensure_ascii=False) leaves U+2028/U+2029/U+0085 raw inside strings: indenting must split the
    # array's items on "\n" only, or a title with one comes out changed or as invalid JSON.
    title = "Line\u2028separator\u2029paragraph\u0085next\x1cfile\x0cform"
    api.on("GET", "/v2/articles", [article(1, title), article(2)])
    result = invoke(services, "articles", "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [article(1, title), article(2)]


def test_list_stops_at_the_limit_and_pages_through_for_all(services: Services, api: FakeAPI) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        return httpx.Response(200, json=[article(n) for n in range(offset, min(offset + limit, 2500))])

    api.on("GET", "/v2/articles", pages)
    limited = invoke(services, "articles", "list", "--json", "--limit", "3")
    assert [entry["id"] for entry in json.loads(limited.stdout)] == [0, 1, 2]
    assert len(api.requests) == 1

    api.requests.clear()
    everything = invoke(services, "articles", "list", "--json", "--all")
    assert len(json.loads(everything.stdout)) == 2500
    assert [params_of(request)["offset"] for request in api.requests] == ["0", "1000", "2000"]


def test_list_sends_the_filters(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles", [])
    result = invoke(
        services,
        "articles",
        "list",
        "--institution",
        "7",
        "--published-since",
        "2024-01-31",
        "--item-type",
        "3",
        "--order",
        "views",
        "--direction",
        "desc",
    )
    assert result.exit_code == 0
    assert "No articles found." in result.stderr
    assert params_of(api.requests[0]) == {
        "institution": "7",
        "published_since": "2024-01-31",
        "item_type": "3",
        "order": "views",
        "order_direction": "desc",
        "limit": "20",
        "offset": "0",
    }


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["projects", "list", "--modified-since", "2024-01-01"],
            "--modified-since is not available for public projects",
        ),
        (["articles", "list", "--order", "size"], "'size' is not one of"),
        (["articles", "list", "--published-since", "yesterday"], "is not a date"),
        (["articles", "list", "--limit", "0"], "--limit"),
    ],
)
def test_list_refuses_what_the_api_does_not_take(
    services: Services, api: FakeAPI, arguments: list[str], message: str
) -> None:
    result = invoke(services, *arguments)
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr
    assert api.requests == []


def test_list_mine_needs_sign_in_and_uses_the_account(signed_in: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account/articles", [article(9, "Draft", published_date=None)])
    result = invoke(signed_in, "articles", "list", "--mine", "--json")
    assert json.loads(result.stdout)[0]["title"] == "Draft"
    (request,) = api.requests
    assert request.url.path == "/v2/account/articles"
    assert params_of(request) == {"page": "1", "page_size": "20"}
    assert request.headers["Authorization"] == f"token {TOKEN}"

    refused = invoke(signed_in, "articles", "list", "--mine", "--group", "4")
    assert refused.exit_code == ExitCode.USAGE
    assert "--group is not available for your articles" in refused.stderr


def test_list_mine_when_signed_out(services: Services, api: FakeAPI) -> None:
    result = invoke(services, "collections", "list", "--mine")
    assert result.exit_code == ExitCode.AUTH
    assert "not signed in" in result.stderr
    assert api.requests == []


# -- search ------------------------------------------------------------------------------------------------


def test_search_passes_figshare_search_syntax_through(services: Services, api: FakeAPI) -> None:
    api.on("POST", "/v2/articles/search", [article(3)])
    result = invoke(
        services,
        "articles",
        "search",
        ":title: climate AND :tag:",
        "ice",
        "--modified-since",
        "2023-01-01",
        "--limit",
        "5",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == 3
    body = api.json_of(api.requests[0])
    assert body["search_for"] == ":title: climate AND :tag: ice"
    assert body["modified_since"] == "2023-01-01"
    assert body["limit"] == 5


def test_search_mine_uses_the_account_search(signed_in: Services, api: FakeAPI) -> None:
    api.on("POST", "/v2/account/projects/search", [{"id": 5, "title": "Mine"}])
    result = invoke(signed_in, "projects", "search", "soil", "--mine")
    assert result.exit_code == 0, result.stderr
    assert "Mine" in result.stdout
    assert api.json_of(api.requests[0])["search_for"] == "soil"


def test_search_refuses_filters_the_search_does_not_take(services: Services, api: FakeAPI) -> None:
    result = invoke(services, "projects", "search", "soil", "--item-type", "3")
    assert result.exit_code == ExitCode.USAGE
    assert "--item-type is not available when searching public projects" in result.stderr


# -- get ---------------------------------------------------------------------------------------------------


def full_article(item_id: int) -> dict[str, object]:
    return {
        **article(item_id),
        "status": "public",
        "version": 2,
        "license": {"value": 1, "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
        "authors": [{"id": 1, "full_name": "Ada Lovelace"}],
        "categories": [{"id": 2, "title": "Cell Biology"}],
        "tags": ["bacteria"],
        "description": "<p>Growth curves &amp; more</p>",
        "size": 3_145_728,
        "files": [
            {
                "id": 77,
                "name": "curves.csv",
                "size": 3_145_728,
                "computed_md5": "0cc175b9c0f1b6a831c399e269772661",
            }
        ],
    }


def test_get_shows_details_and_files(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles/1", full_article(1))
    result = invoke(services, "articles", "get", "1")
    assert result.exit_code == 0, result.stderr
    for text in (
        "Caulobacter data",
        "CC BY 4.0",
        "Ada Lovelace",
        "Cell Biology",
        "Growth curves & more",
        "3.0 MiB",
        "curves.csv",
        "0cc175b9c0f1b6a831c399e269772661",
    ):
        assert text in result.stdout


def test_get_json_is_the_api_object(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles/1", full_article(1))
    result = invoke(services, "articles", "get", "1", "--json")
    assert json.loads(result.stdout) == full_article(1)


@pytest.mark.parametrize(
    ("reference", "path"),
    [
        (
            "https://figshare.com/articles/dataset/Caulobacter_data/1234567/3",
            "/v2/articles/1234567/versions/3",
        ),
        ("https://figshare.com/articles/dataset/Caulobacter_data/1234567", "/v2/articles/1234567"),
        ("https://api.figshare.com/v2/articles/1234567/versions/3", "/v2/articles/1234567/versions/3"),
        ("https://figshare.com/ndownloader/articles/1234567/versions/3", "/v2/articles/1234567/versions/3"),
    ],
)
def test_get_reads_a_figshare_page_address(services: Services, api: FakeAPI, reference: str, path: str) -> None:
    api.on("GET", path, full_article(1234567))
    result = invoke(services, "articles", "get", reference, "--json")
    assert result.exit_code == 0, result.stderr
    assert api.requests[0].url.path == path


@pytest.mark.parametrize(
    ("kind", "reference"),
    [
        ("articles", "https://figshare.com/ndownloader/files/27828978"),  # a file's download link
        ("articles", "https://api.figshare.com/v2/file/download/27828978"),
        ("articles", "https://figshare.com/collections/Growth/5555555"),
        ("collections", "https://figshare.com/articles/dataset/Growth/5555555"),
    ],
)
def test_get_refuses_the_address_of_another_kind_of_thing(
    services: Services, api: FakeAPI, kind: str, reference: str
) -> None:
    # its trailing number is not an id of this kind: reading it as one showed (or downloaded) an unrelated item
    result = invoke(services, kind, "get", reference)
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert f"not the address of one of the {kind}" in result.stderr
    assert api.requests == []


def test_get_looks_a_doi_up(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles", [article(1234567)])
    api.on("GET", "/v2/articles/1234567/versions/2", full_article(1234567))
    result = invoke(services, "articles", "get", "https://doi.org/10.6084/m9.figshare.1234567.v2", "--json")
    assert result.exit_code == 0, result.stderr
    lookup, details = api.requests
    assert params_of(lookup)["doi"] == "10.6084/m9.figshare.1234567"
    assert details.url.path == "/v2/articles/1234567/versions/2"


def test_get_an_unknown_doi_is_not_found(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles", [])
    result = invoke(services, "articles", "get", "10.6084/m9.figshare.999")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "no public article has the DOI 10.6084/m9.figshare.999" in result.stderr


def test_projects_have_no_doi(services: Services) -> None:
    result = invoke(services, "projects", "get", "10.6084/m9.figshare.1")
    assert result.exit_code == ExitCode.USAGE
    assert "has no DOI" in result.stderr


def test_get_mine_reads_a_private_draft(signed_in: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account/collections/8", {"id": 8, "title": "My draft collection", "articles_count": 4})
    result = invoke(signed_in, "collections", "get", "8", "--mine")
    assert result.exit_code == 0, result.stderr
    assert "My draft collection" in result.stdout
    assert "4" in result.stdout


# -- create and update ------------------------------------------------------------------------------------


def test_create_sends_the_fields_given(signed_in: Services, api: FakeAPI) -> None:
    api.on(
        "POST",
        "/v2/account/articles",
        {
            "entity_id": 55,
            "location": f"{'https://api.figshare.com/v2'}/account/articles/55",
            "warnings": ["Keyword 'x' is short"],
        },
        status=201,
    )
    result = invoke(
        signed_in,
        "articles",
        "create",
        "--title",
        "Growth curves",
        "--description",
        "Data",
        "--keyword",
        "bacteria",
        "--keyword",
        "growth",
        "--category",
        "2",
        "--author",
        "Ada Lovelace",
        "--author",
        "123",
        "--type",
        "dataset",
        "--license",
        "1",
    )
    assert result.exit_code == 0, result.stderr
    assert "Created article 55: https://api.figshare.com/v2/account/articles/55" in result.stdout
    assert "Warning: Figshare: Keyword 'x' is short" in result.stderr
    assert api.json_of(api.requests[0]) == {
        "title": "Growth curves",
        "description": "Data",
        "keywords": ["bacteria", "growth"],
        "categories": [2],
        "authors": [{"name": "Ada Lovelace"}, {"id": 123}],
        "defined_type": "dataset",
        "license": 1,
    }


def test_create_starts_from_json_and_options_win(signed_in: Services, api: FakeAPI, tmp_path: Path) -> None:
    api.on("POST", "/v2/account/collections", {"entity_id": 9, "location": "x"}, status=201)
    body = tmp_path / "collection.json"
    body.write_text(json.dumps({"title": "From file", "articles": [1, 2], "references": ["https://example.org"]}))
    result = invoke(signed_in, "collections", "create", "--from-json", str(body), "--title", "From option", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"entity_id": 9, "location": "x"}
    assert api.json_of(api.requests[0]) == {
        "title": "From option",
        "articles": [1, 2],
        "references": ["https://example.org"],
    }


def test_create_reads_json_from_stdin(signed_in: Services, api: FakeAPI) -> None:
    api.on("POST", "/v2/account/projects", {"entity_id": 3, "location": "y"}, status=201)
    result = invoke(signed_in, "projects", "create", "--from-json", "-", input='{"title": "Soil", "group_id": 4}')
    assert result.exit_code == 0, result.stderr
    assert api.json_of(api.requests[0]) == {"title": "Soil", "group_id": 4}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["articles", "create"], "a new article needs a title"),
        (["projects", "create", "--title", "x", "--keyword", "k"], "--keyword does not apply to projects"),
        (["articles", "create", "--title", "x", "--article", "1"], "--article does not apply to articles"),
        (["articles", "update", "5"], "nothing to change"),
        (["articles", "create", "--from-json", "-"], "is not valid JSON"),
    ],
)
def test_create_and_update_refuse_bad_input(
    signed_in: Services, api: FakeAPI, arguments: list[str], message: str
) -> None:
    result = invoke(signed_in, *arguments, input="{oops")
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr
    assert api.requests == []


def test_update_patches_only_the_fields_given(signed_in: Services, api: FakeAPI) -> None:
    api.on("PATCH", "/v2/account/collections/8", {"location": "z", "warnings": []}, status=205)
    result = invoke(signed_in, "collections", "update", "8", "--title", "Renamed")
    assert result.exit_code == 0, result.stderr
    assert "Updated collection 8." in result.stdout
    (request,) = api.requests
    assert request.method == "PATCH"
    assert api.json_of(request) == {"title": "Renamed"}


def test_figshare_rejecting_the_values_is_exit_6(signed_in: Services, api: FakeAPI) -> None:
    api.on("PATCH", "/v2/account/articles/5", {"message": "Invalid license", "code": "BadRequest"}, status=400)
    result = invoke(signed_in, "articles", "update", "5", "--license", "999")
    assert result.exit_code == ExitCode.REJECTED
    assert "400 Bad Request: Invalid license" in result.stderr


# -- publish and delete -----------------------------------------------------------------------------------


def test_publish_asks_first_and_does_nothing_on_no(signed_in: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account/articles/5", {"id": 5, "title": "Growth curves"})
    result = invoke(signed_in, "articles", "publish", "5", input="n\n")
    assert result.exit_code == ExitCode.FAILED
    assert "Publish article 5 “Growth curves”? It becomes public and gets a DOI" in result.stderr
    assert "Cancelled: nothing was published." in result.stderr
    assert api.sent("POST") == []


def test_publish_on_yes(signed_in: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account/articles/5", {"id": 5, "title": "Growth curves"})
    api.on(
        "POST",
        "/v2/account/articles/5/publish",
        {"location": "https://api.figshare.com/v2/articles/5"},
        status=201,
    )
    result = invoke(signed_in, "articles", "publish", "5", input="y\n")
    assert result.exit_code == 0, result.stderr
    assert "Published article 5: https://api.figshare.com/v2/articles/5" in result.stdout


def test_publish_with_yes_does_not_ask(signed_in: Services, api: FakeAPI) -> None:
    api.on("POST", "/v2/account/projects/5/publish", {"message": "Project published"})
    result = invoke(signed_in, "projects", "publish", "5", "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"id": 5, "message": "Project published"}
    assert [request.method for request in api.requests] == ["POST"]


def test_delete_names_every_item_and_deletes_on_yes(signed_in: Services, api: FakeAPI) -> None:
    api.on(
        "GET",
        r"/v2/account/articles/(\d+)",
        lambda request: httpx.Response(
            200, json={"id": int(request.url.path.rsplit("/", 1)[1]), "title": "Old " + request.url.path[-1]}
        ),
    )
    api.on("DELETE", r"/v2/account/articles/\d+", None, status=204)
    result = invoke(signed_in, "articles", "delete", "5", "6", input="y\n")
    assert result.exit_code == 0, result.stderr
    assert "Delete article 5 “Old 5”; article 6 “Old 6”? This cannot be undone." in result.stderr
    assert "Deleted article 5 “Old 5”" in result.stdout
    assert [request.url.path for request in api.sent("DELETE")] == [
        "/v2/account/articles/5",
        "/v2/account/articles/6",
    ]


def test_delete_of_a_missing_item_deletes_nothing(signed_in: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account/articles/5", {"id": 5, "title": "Here"})
    result = invoke(signed_in, "articles", "delete", "5", "6", "--yes")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "404 Not Found" in result.stderr
    assert api.sent("DELETE") == []


def test_delete_without_an_answer_aborts(signed_in: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account/articles/5", {"id": 5, "title": "Here"})
    result = invoke(signed_in, "articles", "delete", "5", input="")
    assert result.exit_code == 1
    assert api.sent("DELETE") == []


# -- reference lists --------------------------------------------------------------------------------------


def test_categories_and_licenses(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/categories", [{"id": 2, "title": "Cell Biology", "parent_id": 1}])
    api.on("GET", "/v2/licenses", [{"value": 1, "name": "CC BY 4.0", "url": "https://example.org/by"}])
    assert "Cell Biology" in invoke(services, "categories").stdout
    assert json.loads(invoke(services, "licenses", "--json").stdout)[0]["name"] == "CC BY 4.0"


def test_quiet_keeps_results_and_drops_notes(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles", [])
    result = invoke(services, "--quiet", "articles", "list")
    assert result.exit_code == 0
    assert result.stderr == ""
