"""The suite itself proves the app stays off the network: any non-loopback attempt fails."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.conftest import NetworkAccessAttempted


def test_connecting_outside_this_machine_fails_the_test() -> None:
    with pytest.raises(NetworkAccessAttempted), socket.socket() as sock:
        sock.connect(("192.0.2.1", 443))


def test_looking_up_an_outside_name_fails_the_test() -> None:
    with pytest.raises(NetworkAccessAttempted):
        urllib.request.urlopen("https://example.org", timeout=1)


def test_loopback_stays_allowed() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=1):
            pass
