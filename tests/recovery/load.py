"""A steady stream of requests from a few threads, each answer written down with its time."""

import http.client
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

REQUEST_TIMEOUT = 15  # far above what any answer may take: a hang shows as a long duration


@dataclass(frozen=True)
class Answer:
    path: str
    started: float  # time.monotonic()
    seconds: float
    status: int | None  # None: no HTTP answer at all (refused, reset, timed out)
    body: bytes


def fetch(base: str, path: str, cookie: str = "") -> Answer:
    started = time.monotonic()
    connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        status, body = response.status, response.read()
    except OSError:
        status, body = None, b""
    finally:
        connection.close()
    return Answer(path, started, time.monotonic() - started, status, body)


class SteadyLoad:
    """Each thread asks for its own path, again and again, until stopped."""

    def __init__(self, base: str, paths: list[str], cookie: str = ""):
        self.base, self.cookie = base, cookie
        self.answers: list[Answer] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(p,)) for p in paths]

    def _run(self, path: str) -> None:
        while not self._stop.is_set():
            answer = fetch(self.base, path, self.cookie)
            with self._lock:
                self.answers.append(answer)
            time.sleep(0.05)

    def since(self, moment: float) -> list[Answer]:
        with self._lock:
            return [a for a in self.answers if a.started >= moment]

    def wait_until(self, condition, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.1)
        return condition()

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=REQUEST_TIMEOUT + 5)
