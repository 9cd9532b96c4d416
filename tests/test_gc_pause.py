"""The collector pause around a document: nests, restores, survives errors."""
import gc
import threading

import pytest

from redactor.gc_pause import collector_paused


def test_paused_inside_and_restored_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer call is still running
    assert gc.isenabled()


def test_restored_after_an_error():
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off_before():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_threads_share_one_pause():
    inside = threading.Event()
    release = threading.Event()

    def worker():
        with collector_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    t.start()
    inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the worker's document is still being processed
    release.set()
    t.join(5)
    assert gc.isenabled()


def test_redact_leaves_the_collector_as_it_found_it():
    from redactor import Redactor
    r = Redactor()
    r.redact("相手方 山田太郎（電話 090-1234-5678）")
    assert gc.isenabled()
    r.check("相手方 山田太郎")
    assert gc.isenabled()
