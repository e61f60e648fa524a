"""The review app without a browser: bad requests get 4xx pages, accounts, the command's user errors."""

from __future__ import annotations

import re

import pytest
from archive_helpers import sample_records
from click.testing import CliRunner

from pipeline.archive import Archive
from pipeline.cli import cli
from pipeline.review import create_app
from pipeline.review.accounts import add_user, count_users, verify
from pipeline.review.server import check_host, is_loopback


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'archive.sqlite'}"
    with Archive(url) as arc:
        for i, rec in enumerate(sample_records(2)):
            arc.store(rec, file_hash=f"h{i}", source_key=f"/c/{i}.txt")
    return url


@pytest.fixture
def client(db):
    return create_app(db).test_client()


def token(client) -> str:
    html = client.get("/doc/" + first_doc(client)).get_data(as_text=True)
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def first_doc(client) -> str:
    return re.search(r"/doc/([0-9a-f]{16})", client.get("/").get_data(as_text=True)).group(1)


def test_malformed_requests_get_4xx_pages(client):
    vid = first_doc(client)
    csrf = token(client)
    cases = [
        client.get("/doc/../../etc/passwd"),
        client.get("/doc/0000000000000000"),
        client.post(f"/doc/{vid}/rec/nothing/x0/accept", data={"csrf": csrf}),
        client.post(f"/doc/{vid}/rec/figures/x999/accept", data={"csrf": csrf}),
        client.post(f"/doc/{vid}/rec/figures/zz/edit", data={"csrf": csrf}),
        client.post(f"/doc/{vid}/rec/awards/x0/status", data={"csrf": csrf, "status": "maybe"}),
        client.post(f"/doc/{vid}/accept-all", data={"csrf": csrf, "x": "y" * 2_000_000}),
        client.post(f"/doc/{vid}/accept-all"),
        client.get("/?page=abc&status=nonsense"),
    ]
    codes = [r.status_code for r in cases]
    assert codes == [404, 404, 404, 404, 404, 400, 413, 403, 200]
    for r in cases[:-1]:
        body = r.get_data(as_text=True)
        assert "<h1>" in body and "Traceback" not in body


def test_add_with_bad_offsets_is_a_message(client):
    vid = first_doc(client)
    r = client.post(f"/doc/{vid}/add", data={"csrf": token(client), "kind": "people", "start": "x", "end": "3"})
    assert r.status_code == 422 and "select the words in the text" in r.get_data(as_text=True)


def test_accounts_hash_and_verify(db):
    with Archive(db) as arc:
        assert count_users(arc) == 0
        assert add_user(arc, "lan", "editor", "long enough pw")
        stored = arc.engine.connect().exec_driver_sql("SELECT password_hash FROM users").scalar_one()
        assert stored.startswith("$argon2id$") and "long enough" not in stored
        assert verify(arc, "lan", "long enough pw") == "editor"
        assert verify(arc, "lan", "wrong") is None and verify(arc, "nobody", "long enough pw") is None
        with pytest.raises(Exception, match="at least 8"):
            add_user(arc, "lan", "editor", "short")
        assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("0.0.0.0")
        check_host(arc, "0.0.0.0")  # an account exists: allowed


def test_cli_user_errors(tmp_path, db):
    runner = CliRunner()
    missing = runner.invoke(cli, ["review", "--db", str(tmp_path / "none.sqlite"), "--no-browser"])
    assert missing.exit_code == 2 and "no archive at" in missing.output
    short = runner.invoke(cli, ["users", "add", "lan", "--role", "editor", "--db", db], input="abc\nabc\n")
    assert short.exit_code == 1 and "at least 8 characters" in short.output
    bad_role = runner.invoke(cli, ["users", "add", "lan", "--role", "admin", "--db", db])
    assert bad_role.exit_code == 2
    ok = runner.invoke(cli, ["users", "add", "lan", "--role", "viewer", "--db", db], input="a good pass\na good pass\n")
    assert ok.exit_code == 0 and "added viewer lan" in ok.output and "a good pass" not in ok.output
    usage = runner.invoke(cli, ["report", "--reviewed-only", "--out", str(tmp_path / "r.md"), str(tmp_path)])
    assert usage.exit_code == 2 and "add --from-archive" in usage.output
