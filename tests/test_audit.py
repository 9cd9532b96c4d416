"""The audit log: keyed hashes instead of text, and an unbroken hash chain."""
import json

from redactor.audit import AuditKey, build_records, dumps, verify_chain
from redactor.pipeline import Redactor

TEXT = "連絡先 hanako.sato@example.ne.jp（個人）"


def test_records_hold_keyed_hashes_not_text(monkeypatch):
    monkeypatch.setenv("REDACTOR_AUDIT_KEY", "secret")
    result = Redactor().redact(TEXT)
    header, *records = result.audit
    assert header["type"] == "header" and header["key_source"] == "env"
    assert header["input_sha256"] != header["output_sha256"]
    email = next(r for r in records if r["label"] == "EMAIL")
    assert "text" not in email
    assert email["text_hmac"] == AuditKey(b"secret", "env").digest("hanako.sato@example.ne.jp")
    assert "hanako" not in dumps(result.audit)


def test_include_text_writes_the_original():
    result = Redactor(include_text_in_audit=True).redact(TEXT)
    assert any(r.get("text") == "hanako.sato@example.ne.jp" for r in result.audit)


KEY = AuditKey(b"made-up chain key", "file")


def _log(n=4, key=KEY):
    return dumps(build_records({"type": "header"}, [{"n": i} for i in range(n)], key)).splitlines()


def test_chain_verifies_and_detects_edits_removals_and_reordering():
    lines = _log()
    assert verify_chain(lines, KEY).ok
    edited = lines.copy()
    rec = json.loads(edited[2])
    rec["n"] = 99
    edited[2] = json.dumps(rec)
    assert not verify_chain(edited, KEY).ok
    assert not verify_chain(lines[:2] + lines[3:], KEY).ok
    assert not verify_chain([lines[0], lines[2], lines[1], *lines[3:]], KEY).ok
    assert not verify_chain([], KEY).ok


def test_a_log_cut_short_even_to_its_header_is_broken():
    lines = _log()
    assert json.loads(lines[-1])["type"] == "end" and json.loads(lines[-1])["records"] == len(lines) - 1
    for keep in range(1, len(lines)):
        report = verify_chain(lines[:keep], KEY)
        assert not report.ok and report.status == "broken", keep


def test_a_chain_rebuilt_without_the_key_is_broken():
    """Whoever edits a log can recompute plain SHA-256 links, or links under
    another key, and a closing record: neither passes."""
    import hashlib

    lines = _log()
    records = [json.loads(l) for l in lines[:-2]]  # the last finding dropped, then re-chained
    for link in (lambda b: hashlib.sha256(b).hexdigest(),
                 lambda b: __import__("hmac").new(b"guessed key", b, "sha256").hexdigest()):
        prev, forged = "0" * 64, []
        for seq, rec in enumerate(records):
            rec = {**rec, "seq": seq, "prev": prev}
            line = json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            prev = link(line.encode("utf-8"))
            forged.append(line)
        forged.append(json.dumps({"type": "end", "records": len(forged), "seq": len(forged), "prev": prev}))
        report = verify_chain(forged, KEY)
        assert not report.ok and report.status == "broken"
    rebuilt_by_key_holder = dumps(build_records(records[0], records[1:], KEY)).splitlines()
    assert verify_chain(rebuilt_by_key_holder, KEY).ok  # near miss: the key holder may


def test_without_the_key_nothing_is_reported_intact():
    lines = _log()
    for key in (None, AuditKey(b"another key", "file")):
        report = verify_chain(lines, key)
        assert not report.ok and report.status == "unverifiable"
    assert "without key" in verify_chain(lines, None).problem
    old = [json.dumps({"type": "header", "seq": 0, "prev": "0" * 64})]  # an older, unkeyed log
    assert verify_chain(old, KEY).status == "unverifiable"


def test_ephemeral_key_is_said_in_the_header(monkeypatch):
    monkeypatch.delenv("REDACTOR_AUDIT_KEY", raising=False)
    header = Redactor().redact(TEXT).audit[0]
    assert header["key_source"] == "ephemeral" and "key_note" in header


def test_chain_covers_lines_as_written():
    """The link is over the written bytes: a line written by another JSON
    encoder still verifies, and re-spacing a line breaks it."""
    import hmac

    prev = "0" * 64
    lines = []
    header = {"type": "header", "chain": "hmac-sha256", "key_check": KEY.digest("redactor key check")}
    for seq, rec in enumerate([header, {"n": 1, "reason": "氏名"}]):
        line = json.dumps({**rec, "seq": seq, "prev": prev}, ensure_ascii=False, sort_keys=True)
        prev = hmac.new(KEY.key, line.encode("utf-8"), "sha256").hexdigest()
        lines.append(line + "\r\n")
    lines.append(json.dumps({"type": "end", "records": 2, "seq": 2, "prev": prev}))
    assert verify_chain(lines, KEY).ok
    respaced = [lines[0].replace(": ", ":"), *lines[1:]]
    assert json.loads(respaced[0]) == json.loads(lines[0])
    assert not verify_chain(respaced, KEY).ok


def test_text_derived_attributes_are_hashed_and_categories_kept():
    from redactor.audit import audit_attributes, public_attributes

    key = AuditKey(b"k", "file")
    attrs = {"role": "private", "person_key": "鷲尾", "role_word": "相手方", "full_name": True,
             "years": 72, "some_new_attribute": "晴臣"}
    out = audit_attributes(attrs, key)
    assert out["role"] == "private" and out["full_name"] is True
    assert out["person_key_hmac"] == key.digest("鷲尾") and "person_key" not in out
    assert out["years_hmac"] == key.digest("72")
    assert "晴臣" not in json.dumps(out, ensure_ascii=False)  # an unknown attribute is hashed too
    assert public_attributes(attrs) == {"role": "private", "full_name": True}


def test_scrub_withholds_quoted_pieces_of_hidden_values_only():
    from redactor.audit import scrub

    assert scrub("文書中で既出の人物（鷲尾晴臣）の姓", ["鷲尾"]) == "文書中で既出の人物（…）の姓"
    assert scrub("鷲尾晴臣 の読み（括弧書き）", ["鷲尾晴臣"]) == "… の読み（括弧書き）"
    assert scrub("AGE「72歳」→「70代」", ["72歳"]) == "AGE「…」→「70代」"
    # near miss: a context word beside the value, the policy's name
    assert scrub("姓名、文脈「相手方」 → 私人の氏名（default）", ["鷲尾晴臣"]) == \
        "姓名、文脈「相手方」 → 私人の氏名（default）"
