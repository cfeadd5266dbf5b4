"""The upload emulator itself, driven with plain httpx (no SDK code)."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.servers.figshare_upload_emulator import FigshareEmulator

DATA = bytes(range(256)) * 14  # 3584 bytes: with 1 KiB parts, three full parts and a short fourth
TLS = ssl.create_default_context()  # built once: every httpx client would otherwise load the CA bundle again


@dataclasses.dataclass
class StartedUpload:
    article_id: int
    file_id: int
    file_url: str
    upload_url: str


@pytest.fixture
def api(upload_emulator: FigshareEmulator) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"token {upload_emulator.token}"}
    with httpx.Client(base_url=upload_emulator.api_base_url, headers=headers, timeout=10, verify=TLS) as client:
        yield client


@pytest.fixture
def plain() -> Iterator[httpx.Client]:
    """A client without credentials (the upload service and storage hosts do not need them)."""
    with httpx.Client(timeout=10, verify=TLS) as client:
        yield client


def start_upload(api: httpx.Client, data: bytes = DATA, name: str = "data.bin") -> StartedUpload:
    created = api.post("/account/articles", json={"title": "Emulator test"})
    assert created.status_code == 201
    article_id = created.json()["entity_id"]
    md5 = hashlib.md5(data).hexdigest()
    initiated = api.post(f"/account/articles/{article_id}/files", json={"name": name, "size": len(data), "md5": md5})
    assert initiated.status_code == 201
    file_url = initiated.json()["location"]
    record = api.get(file_url).json()
    return StartedUpload(article_id, record["id"], file_url, record["upload_url"])


def part_bytes(part: dict[str, int], data: bytes = DATA) -> bytes:
    return data[part["startOffset"] : part["endOffset"] + 1]


def put_all_parts(plain: httpx.Client, upload: StartedUpload, data: bytes = DATA) -> None:
    for part in plain.get(upload.upload_url).json()["parts"]:
        if part["status"] != "COMPLETE":
            response = plain.put(f"{upload.upload_url}/{part['partNo']}", content=part_bytes(part, data))
            assert response.status_code == 200


def part_state(plain: httpx.Client, upload: StartedUpload, part_no: int) -> dict[str, object]:
    response = plain.get(f"{upload.upload_url}/{part_no}")
    assert response.status_code == 200
    result: dict[str, object] = response.json()
    return result


def put_in_thread(client: httpx.Client, url: str, content: bytes) -> tuple[threading.Thread, list[httpx.Response]]:
    responses: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: responses.append(client.put(url, content=content)))
    thread.start()
    return thread, responses


# ---- the happy path ----


def test_upload_flow_assembles_the_exact_bytes(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload = start_upload(api)
    record = api.get(upload.file_url).json()
    assert record["status"] == "created"
    assert record["computed_md5"] == ""
    assert record["upload_url"].startswith(upload_emulator.upload_base_url + "/")

    info = plain.get(upload.upload_url).json()
    assert info["status"] == "PENDING"
    assert info["size"] == len(DATA)
    assert info["name"] == f"{upload.file_id}/data.bin"
    assert [(p["startOffset"], p["endOffset"]) for p in info["parts"]] == [
        (0, 1023),
        (1024, 2047),
        (2048, 3071),
        (3072, 3583),
    ]
    for part in info["parts"]:
        response = plain.put(f"{upload.upload_url}/{part['partNo']}", content=part_bytes(part))
        assert (response.status_code, response.text) == (200, "OK")
        assert response.headers["content-type"].startswith("text/plain")

    completed = api.post(upload.file_url)
    assert completed.status_code == 202
    assert completed.headers["content-type"].startswith("text/html")
    assert "202 Accepted" in completed.text

    record = api.get(upload.file_url).json()
    assert record["status"] == "available"
    assert record["computed_md5"] == hashlib.md5(DATA).hexdigest()
    assert record["upload_url"] == ""
    assert plain.get(upload.upload_url).json()["status"] == "COMPLETED"
    assert upload_emulator.assembled_bytes(upload.file_id) == DATA
    assert set(upload_emulator.requests.stored_part_uploads().values()) == {1}
    listed = api.get(f"/account/articles/{upload.article_id}/files").json()
    assert [entry["id"] for entry in listed] == [upload.file_id]


async def test_async_clients_upload_parts_in_parallel(upload_emulator: FigshareEmulator) -> None:
    headers = {"Authorization": f"token {upload_emulator.token}"}
    async with httpx.AsyncClient(base_url=upload_emulator.api_base_url, headers=headers, verify=TLS) as client:
        article = (await client.post("/account/articles", json={"title": "async"})).json()["entity_id"]
        body = {"name": "a.bin", "size": len(DATA), "md5": hashlib.md5(DATA).hexdigest()}
        location = (await client.post(f"/account/articles/{article}/files", json=body)).json()["location"]
        upload_url = (await client.get(location)).json()["upload_url"]
        parts = (await client.get(upload_url)).json()["parts"]
        responses = await asyncio.gather(
            *(client.put(f"{upload_url}/{part['partNo']}", content=part_bytes(part)) for part in parts)
        )
        assert {response.status_code for response in responses} == {200}
        assert (await client.post(location)).status_code == 202
        file_id = int(location.rsplit("/", 1)[1])
    assert upload_emulator.assembled_bytes(file_id) == DATA


def test_offsets_are_zero_based_and_inclusive_as_in_the_docs(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.part_size = 4
    upload = start_upload(api, b"abcdefghij")
    parts = plain.get(upload.upload_url).json()["parts"]
    assert [part_bytes(part, b"abcdefghij") for part in parts] == [b"abcd", b"efgh", b"ij"]
    assert parts[0] == {"partNo": 1, "startOffset": 0, "endOffset": 3, "status": "PENDING", "locked": False}


def test_chunked_request_bodies_are_accepted(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.part_size = 3 * 1024 * 1024 + 5
    data = hashlib.sha256(b"seed").digest() * (7 * 1024 * 1024 // 32)
    upload = start_upload(api, data)
    for part in plain.get(upload.upload_url).json()["parts"]:
        piece = part_bytes(part, data)
        chunks = (piece[offset : offset + 65536] for offset in range(0, len(piece), 65536))
        response = plain.put(f"{upload.upload_url}/{part['partNo']}", content=chunks)
        assert response.status_code == 200
    assert api.post(upload.file_url).status_code == 202
    assert upload_emulator.assembled_md5(upload.file_id) == hashlib.md5(data).hexdigest()


# ---- file_uploader.md statuses ----


def test_unknown_token_or_part_is_404_with_an_empty_body(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload = start_upload(api)
    unknown = f"{upload_emulator.upload_base_url}/00000000-0000-0000-0000-000000000000"
    for response in (
        plain.get(unknown),
        plain.get(f"{unknown}/1"),
        plain.put(f"{unknown}/1", content=b"x"),
        plain.delete(f"{unknown}/1"),
        plain.get(f"{upload.upload_url}/5"),
        plain.put(f"{upload.upload_url}/5", content=b"x"),
        plain.delete(f"{upload.upload_url}/0"),
    ):
        assert (response.status_code, response.content) == (404, b"")


def test_a_part_being_written_is_locked_and_refuses_other_writers(
    upload_emulator: FigshareEmulator, api: httpx.Client
) -> None:
    upload = start_upload(api)
    gate = upload_emulator.faults.hold_part_put(1)
    with httpx.Client(timeout=10, verify=TLS) as first, httpx.Client(timeout=10, verify=TLS) as second:
        thread, responses = put_in_thread(first, f"{upload.upload_url}/1", DATA[:1024])
        gate.wait_until_held()
        assert part_state(second, upload, 1)["locked"] is True
        conflict = second.put(f"{upload.upload_url}/1", content=DATA[:1024])
        assert (conflict.status_code, conflict.content) == (409, b"")
        assert second.delete(f"{upload.upload_url}/1").status_code == 409
        gate.release()
        thread.join()
        assert responses[0].status_code == 200
        assert part_state(second, upload, 1) == {
            "partNo": 1,
            "startOffset": 0,
            "endOffset": 1023,
            "status": "COMPLETE",
            "locked": False,
        }


def test_a_body_of_the_wrong_length_is_refused_and_not_stored(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload = start_upload(api)
    short = plain.put(f"{upload.upload_url}/1", content=DATA[:1000])
    long = plain.put(f"{upload.upload_url}/1", content=DATA[:1100])
    assert [(r.status_code, r.content) for r in (short, long)] == [(400, b""), (400, b"")]
    assert part_state(plain, upload, 1)["status"] == "PENDING"


def test_a_short_body_can_hang_past_the_client_timeout_as_documented(
    upload_emulator: FigshareEmulator, api: httpx.Client
) -> None:
    upload_emulator.faults.short_body_hang_seconds = 0.3
    upload = start_upload(api)
    with httpx.Client(timeout=httpx.Timeout(10, read=0.05), verify=TLS) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.put(f"{upload.upload_url}/1", content=DATA[:1000])


def test_delete_resets_a_part_and_completion_freezes_parts(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload = start_upload(api)
    put_all_parts(plain, upload)
    reset = plain.delete(f"{upload.upload_url}/2")
    assert (reset.status_code, reset.content) == (200, b"")
    assert part_state(plain, upload, 2)["status"] == "PENDING"

    incomplete = api.post(upload.file_url)
    assert incomplete.status_code == 400
    assert incomplete.json()["code"] == "UploadIncomplete"

    put_all_parts(plain, upload)
    assert api.post(upload.file_url).status_code == 202
    assert plain.put(f"{upload.upload_url}/1", content=DATA[:1024]).status_code == 409
    assert plain.delete(f"{upload.upload_url}/1").status_code == 409


def test_upload_service_completion_checks_every_part(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload = start_upload(api)
    assert (plain.post(upload.upload_url).status_code, plain.post(upload.upload_url).content) == (400, b"")
    put_all_parts(plain, upload)
    assert plain.post(upload.upload_url).status_code == 200
    assert plain.get(upload.upload_url).json()["status"] == "COMPLETED"


# ---- faults ----


@pytest.mark.parametrize("status", [500, 504])
def test_status_fault_on_the_nth_put_of_a_part(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client, status: int
) -> None:
    upload_emulator.faults.fail_part_put(2, status, attempt=2)
    upload = start_upload(api)
    url = f"{upload.upload_url}/2"
    assert plain.put(url, content=DATA[1024:2048]).status_code == 200
    failed = plain.put(url, content=DATA[1024:2048])
    assert (failed.status_code, failed.content) == (status, b"")
    assert part_state(plain, upload, 2)["locked"] is False
    assert plain.put(url, content=DATA[1024:2048]).status_code == 200


def test_status_fault_after_storing_leaves_the_part_complete(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.faults.fail_part_put(1, 504, after_storing=True)
    upload = start_upload(api)
    assert plain.put(f"{upload.upload_url}/1", content=DATA[:1024]).status_code == 504
    assert part_state(plain, upload, 1)["status"] == "COMPLETE"


def test_connection_reset_in_the_middle_of_a_part(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.faults.reset_part_put(3, after_bytes=300)
    upload = start_upload(api)
    with pytest.raises(httpx.TransportError):
        plain.put(f"{upload.upload_url}/3", content=DATA[2048:3072])
    put = upload_emulator.requests.where(method="PUT", part_no=3)[0]
    assert (put.outcome, put.body_length, put.status) == ("reset_by_server", 300, None)
    assert part_state(plain, upload, 3) == {
        "partNo": 3,
        "startOffset": 2048,
        "endOffset": 3071,
        "status": "PENDING",
        "locked": False,
    }
    put_all_parts(plain, upload)
    assert api.post(upload.file_url).status_code == 202
    assert upload_emulator.assembled_bytes(upload.file_id) == DATA


def test_locked_part_answers_409_for_n_attempts(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.faults.lock_part(1, attempts=2)
    upload = start_upload(api)
    assert part_state(plain, upload, 1)["locked"] is True
    statuses = [plain.put(f"{upload.upload_url}/1", content=DATA[:1024]).status_code for _ in range(3)]
    assert statuses == [409, 409, 200]
    assert part_state(plain, upload, 1)["locked"] is False


def test_stuck_part_is_cleared_by_delete(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.faults.stick_part(2)
    upload = start_upload(api)
    assert [plain.put(f"{upload.upload_url}/2", content=DATA[1024:2048]).status_code for _ in range(3)] == [409] * 3
    assert plain.get(upload.upload_url).json()["parts"][1]["locked"] is True
    assert plain.delete(f"{upload.upload_url}/2").status_code == 200
    assert plain.put(f"{upload.upload_url}/2", content=DATA[1024:2048]).status_code == 200


def test_permanently_stuck_part_refuses_delete_too(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.faults.stick_part(1, reset_by_delete=False)
    upload = start_upload(api)
    assert {plain.delete(f"{upload.upload_url}/1").status_code for _ in range(3)} == {409}
    assert plain.put(f"{upload.upload_url}/1", content=DATA[:1024]).status_code == 409


def test_slow_part_outlives_a_client_timeout_and_is_still_stored(
    upload_emulator: FigshareEmulator, api: httpx.Client
) -> None:
    upload_emulator.faults.slow_part_put(1, 0.3)
    upload = start_upload(api)
    with httpx.Client(timeout=httpx.Timeout(10, read=0.05), verify=TLS) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.put(f"{upload.upload_url}/1", content=DATA[:1024])
    upload_emulator.requests.wait_for(lambda entry: entry.part_no == 1 and entry.outcome != "in_progress")
    with httpx.Client(verify=TLS) as client:
        assert part_state(client, upload, 1)["status"] == "COMPLETE"


def test_processing_states_and_a_late_computed_md5(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.faults.processing_polls = 2
    upload_emulator.faults.computed_md5_after_polls = 4
    upload = start_upload(api)
    put_all_parts(plain, upload)
    api.post(upload.file_url)
    seen = [(r["status"], r["computed_md5"]) for r in (api.get(upload.file_url).json() for _ in range(5))]
    md5 = hashlib.md5(DATA).hexdigest()
    assert seen == [("ic_checking", ""), ("moving_to_final", "")] + [("available", "")] * 2 + [("available", md5)]


def test_computed_md5_that_never_appears_or_does_not_match(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload_emulator.faults.computed_md5_after_polls = None
    upload = start_upload(api)
    put_all_parts(plain, upload)
    api.post(upload.file_url)
    assert {api.get(upload.file_url).json()["computed_md5"] for _ in range(5)} == {""}
    upload_emulator.faults.computed_md5_after_polls = 0
    upload_emulator.faults.computed_md5_override = "0" * 32
    assert api.get(upload.file_url).json()["computed_md5"] == "0" * 32


def test_generic_request_fault_on_the_upload_info(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload = start_upload(api)
    upload_emulator.faults.fail_request("upload", "GET", r"/upload/[^/]+", 500, times=2)
    assert [(r.status_code, r.content) for r in (plain.get(upload.upload_url) for _ in range(2))] == [
        (500, b""),
        (500, b""),
    ]
    assert plain.get(upload.upload_url).status_code == 200


KILLABLE_CLIENT = """
import sys, time, httpx
upload_url, data = sys.argv[1], open(sys.argv[2], "rb").read()
with httpx.Client() as client:
    parts = client.get(upload_url).json()["parts"]
    first, second = parts[0], parts[1]
    client.put(f"{upload_url}/1", content=data[first["startOffset"] : first["endOffset"] + 1]).raise_for_status()
    def half_of_part_two():
        yield data[second["startOffset"] : second["startOffset"] + 100]
        print("stalled", flush=True)
        time.sleep(60)
    length = second["endOffset"] - second["startOffset"] + 1
    client.put(f"{upload_url}/2", content=half_of_part_two(), headers={"Content-Length": str(length)})
"""


def kill_client_in_part_two(upload_emulator: FigshareEmulator, upload: StartedUpload, tmp_path: Path) -> None:
    data_file = tmp_path / "data.bin"
    data_file.write_bytes(DATA)
    command = [sys.executable, "-c", KILLABLE_CLIENT, upload.upload_url, str(data_file)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "stalled"
        process.kill()
    upload_emulator.requests.wait_for(lambda entry: entry.part_no == 2 and entry.outcome == "client_disconnected")


def test_a_new_client_resumes_after_the_old_one_was_killed(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client, tmp_path: Path
) -> None:
    upload = start_upload(api)
    kill_client_in_part_two(upload_emulator, upload, tmp_path)
    parts = plain.get(upload.upload_url).json()["parts"]
    assert [(p["status"], p["locked"]) for p in parts] == [("COMPLETE", False)] + [("PENDING", False)] * 3
    put_all_parts(plain, upload)
    assert api.post(upload.file_url).status_code == 202
    assert upload_emulator.assembled_bytes(upload.file_id) == DATA
    assert set(upload_emulator.requests.stored_part_uploads().values()) == {1}


def test_a_killed_client_can_leave_a_stale_lock_that_delete_clears(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client, tmp_path: Path
) -> None:
    upload_emulator.faults.keep_lock_on_disconnect = True
    upload = start_upload(api)
    kill_client_in_part_two(upload_emulator, upload, tmp_path)
    assert part_state(plain, upload, 2)["locked"] is True
    assert plain.put(f"{upload.upload_url}/2", content=DATA[1024:2048]).status_code == 409
    assert plain.delete(f"{upload.upload_url}/2").status_code == 200
    put_all_parts(plain, upload)
    assert upload_emulator.requests.stored_part_uploads()[(upload_url_token(upload), 2)] == 1


def upload_url_token(upload: StartedUpload) -> str:
    return upload.upload_url.rsplit("/", 1)[1]


# ---- REST side ----


def test_token_is_required_checked_and_never_recorded(upload_emulator: FigshareEmulator, plain: httpx.Client) -> None:
    base = upload_emulator.api_base_url
    missing = plain.get(f"{base}/account/articles")
    wrong = plain.get(f"{base}/account/articles", headers={"Authorization": "token nope"})
    bearer = plain.get(f"{base}/account/articles", headers={"Authorization": f"Bearer {upload_emulator.token}"})
    query = plain.get(f"{base}/account/articles", params={"access_token": upload_emulator.token})
    assert [r.status_code for r in (missing, wrong, bearer, query)] == [401, 401, 401, 200]
    assert missing.json()["code"] == "Unauthorized"
    assert [r.authorization for r in upload_emulator.requests] == ["absent", "invalid", "invalid", "valid"]
    assert upload_emulator.requests[1].headers["authorization"] == "<redacted: invalid token>"
    assert upload_emulator.token not in repr(list(upload_emulator.requests))


def test_initiate_validates_its_body(upload_emulator: FigshareEmulator, api: httpx.Client) -> None:
    article = upload_emulator.create_article()
    url = f"/account/articles/{article}/files"
    bad_bodies = [{"name": "a"}, {"name": "a", "size": -1}, {"name": "a", "size": 3, "md5": "xyz"}, {"size": 3}]
    for body in bad_bodies:
        response = api.post(url, json=body)
        assert response.status_code == 422
        assert set(response.json()) == {"message", "code"}
    assert api.post(url, content=b"{not json").status_code == 400
    assert api.post("/account/articles/1/files", json={"name": "a", "size": 1}).json()["code"] == "EntityNotFound"


def test_link_only_files_have_no_upload(upload_emulator: FigshareEmulator, api: httpx.Client) -> None:
    article = upload_emulator.create_article()
    location = api.post(f"/account/articles/{article}/files", json={"link": "https://example.org/data.csv"})
    record = api.get(location.json()["location"]).json()
    assert (record["is_link_only"], record["upload_url"], record["download_url"]) == (
        True,
        "",
        "https://example.org/data.csv",
    )


def test_file_listing_is_paged_like_figshare(upload_emulator: FigshareEmulator, api: httpx.Client) -> None:
    article = upload_emulator.create_article()
    for number in range(12):
        api.post(f"/account/articles/{article}/files", json={"name": f"{number}.txt", "size": 1})
    url = f"/account/articles/{article}/files"
    assert len(api.get(url).json()) == 10
    assert [f["name"] for f in api.get(url, params={"page": 2}).json()] == ["10.txt", "11.txt"]
    assert len(api.get(url, params={"limit": 5, "offset": 10}).json()) == 2
    assert api.get(url, params={"page": 1, "limit": 5}).status_code == 422


def test_deleting_a_file_forgets_its_upload(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    upload = start_upload(api)
    assert (api.delete(upload.file_url).status_code, api.get(upload.file_url).status_code) == (204, 404)
    assert plain.get(upload.upload_url).status_code == 404


def test_unknown_api_path_is_an_html_404(api: httpx.Client) -> None:
    response = api.get("/account/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")


# ---- downloads ----


def test_download_redirects_to_another_host_without_the_token(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client
) -> None:
    article = upload_emulator.create_article()
    file_id = upload_emulator.add_file(article, "data.bin", DATA)
    assert plain.get(f"{upload_emulator.api_base_url}/file/download/{file_id}").status_code == 404
    redirect = api.get(f"/file/download/{file_id}")
    assert redirect.status_code == 302
    target = httpx.URL(redirect.headers["location"])
    assert target.host == upload_emulator.storage_host != httpx.URL(upload_emulator.api_base_url).host

    followed = api.get(f"/file/download/{file_id}", follow_redirects=True)
    assert (followed.status_code, followed.content) == (200, DATA)
    assert upload_emulator.requests.where(server="storage")[-1].authorization == "absent"

    leaked = plain.get(target, headers={"Authorization": f"token {upload_emulator.token}"})
    forged = plain.get(target.copy_set_param("X-Amz-Signature", "forged"))
    assert (leaked.status_code, forged.status_code) == (400, 403)


@pytest.mark.parametrize(
    ("range_header", "status", "expected", "content_range"),
    [
        ("bytes=100-199", 206, DATA[100:200], "bytes 100-199/3584"),
        ("bytes=3000-", 206, DATA[3000:], "bytes 3000-3583/3584"),
        ("bytes=-10", 206, DATA[-10:], "bytes 3574-3583/3584"),
        ("bytes=3500-9999", 206, DATA[3500:], "bytes 3500-3583/3584"),
        ("bytes=5000-", 416, None, "bytes */3584"),
    ],
)
def test_storage_answers_range_requests(
    upload_emulator: FigshareEmulator,
    api: httpx.Client,
    plain: httpx.Client,
    range_header: str,
    status: int,
    expected: bytes | None,
    content_range: str,
) -> None:
    upload_emulator.part_size = 1000
    upload = start_upload(api)
    put_all_parts(plain, upload)
    api.post(upload.file_url)
    target = api.get(f"/file/download/{upload.file_id}").headers["location"]
    response = plain.get(target, headers={"Range": range_header})
    assert (response.status_code, response.headers["content-range"]) == (status, content_range)
    if expected is not None:
        assert response.content == expected


def test_storage_answers_head_requests(upload_emulator: FigshareEmulator, api: httpx.Client) -> None:
    file_id = upload_emulator.add_file(upload_emulator.create_article(), "data.bin", DATA)
    target = api.get(f"/file/download/{file_id}").headers["location"]
    with httpx.Client(verify=TLS) as client:
        head = client.head(target)
    assert (head.status_code, head.headers["content-length"], head.content) == (200, str(len(DATA)), b"")


def test_an_interrupted_download_resumes_with_range(upload_emulator: FigshareEmulator, plain: httpx.Client) -> None:
    article = upload_emulator.create_article(public=True)
    file_id = upload_emulator.add_file(article, "data.bin", DATA)
    upload_emulator.faults.cut_download(1000)
    target = plain.get(f"{upload_emulator.api_base_url}/file/download/{file_id}").headers["location"]
    received = bytearray()
    with pytest.raises(httpx.TransportError), plain.stream("GET", target) as response:
        for chunk in response.iter_raw():
            received += chunk
    assert bytes(received) == DATA[: len(received)]
    rest = plain.get(target, headers={"Range": f"bytes={len(received)}-"})
    assert bytes(received) + rest.content == DATA


def test_ndownloader_answers_with_the_waf_challenge(upload_emulator: FigshareEmulator, plain: httpx.Client) -> None:
    article = upload_emulator.create_article(public=True)
    file_id = upload_emulator.add_file(article, "data.bin", DATA)
    record = upload_emulator.file_record(file_id)
    response = plain.get(record["download_url"])
    assert (response.status_code, response.content) == (202, b"")
    assert response.headers["x-amzn-waf-action"] == "challenge"


def test_the_emulator_runs_as_its_own_process(tmp_path: Path, plain: httpx.Client) -> None:
    seed = tmp_path / "seed.bin"
    seed.write_bytes(DATA)
    command = [
        sys.executable,
        "-m",
        "tests.servers.figshare_upload_emulator",
        "--part-size",
        "4",
        "--seed-file",
        str(seed),
    ]
    repository = Path(__file__).resolve().parents[2]
    with subprocess.Popen(command, cwd=repository, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdin is not None and process.stdout is not None
        ready = json.loads(process.stdout.readline())
        headers = {"Authorization": f"token {ready['token']}"}
        downloaded = plain.get(
            f"{ready['api_base_url']}/file/download/{ready['file_id']}", headers=headers, follow_redirects=True
        )
        assert (ready["part_size"], downloaded.content) == (4, DATA)
        process.stdin.close()
        assert process.wait(timeout=10) == 0


# ---- shapes match the real responses in the corpus ----


@pytest.mark.corpus
def test_responses_have_the_shapes_of_the_recorded_ones(
    upload_emulator: FigshareEmulator, api: httpx.Client, plain: httpx.Client, corpus_dir: Path
) -> None:
    def recorded(name: str) -> object:
        return json.loads((corpus_dir / name).read_text())

    created = api.post("/account/articles", json={"title": "t"})
    real_created = recorded("rest/deposits__POST_account_articles.json")
    assert isinstance(real_created, dict) and set(created.json()) == set(real_created)

    article = created.json()["entity_id"]
    initiated = api.post(f"/account/articles/{article}/files", json={"name": "d.csv", "size": 10, "md5": "0" * 32})
    real_initiated = recorded("rest/deposits__POST_account_articles_id_files.json")
    assert isinstance(real_initiated, dict) and set(initiated.json()) == set(real_initiated)

    record = api.get(initiated.json()["location"]).json()
    real_record = recorded("rest/deposits__GET_account_articles_id_files_id__2025-12.json")
    assert isinstance(real_record, dict) and set(record) == set(real_record)
    assert {key: type(value) for key, value in record.items()} == {k: type(v) for k, v in real_record.items()}

    info = plain.get(record["upload_url"]).json()
    real_info = recorded("upload/deposits__GET_upload_token__fup-eu-west-1.json")
    assert isinstance(real_info, dict) and set(info) == set(real_info)
    assert set(info["parts"][0]) == set(real_info["parts"][0])

    put = plain.put(f"{record['upload_url']}/1", content=b"0123456789")
    assert put.text == (corpus_dir / "upload/deposits__PUT_upload_token_part.txt").read_text().strip()
    completed = api.post(initiated.json()["location"])
    real_completed = (corpus_dir / "rest/deposits__POST_account_articles_id_files_id_complete.html").read_text()
    assert completed.text.startswith("<html>") and real_completed.startswith("<html>")
    assert "<title>202 Accepted</title>" in completed.text and "<title>202 Accepted</title>" in real_completed
