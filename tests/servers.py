"""Real network peers for failure tests: a port that refuses, a server that hangs, a Redis
that answers every command with an error."""

import socket
import threading


def refused_port() -> int:
    """A local port on which nothing listens: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentServer:
    """Accepts every connection and never answers: a frozen Redis, a stalled mail server."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.port = self.socket.getsockname()[1]
        self.connected = threading.Event()
        self._clients = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.socket.accept()
            except OSError:
                return
            self._clients.append(client)
            self.connected.set()
            self._serve(client)

    def _serve(self, client):
        """Say nothing: the client waits until its own timeout."""

    def close(self):
        for client in self._clients:
            client.close()
        self.socket.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class ErrorReplyServer(SilentServer):
    """Answers every request with a Redis error, as a Redis that is out of memory, read
    only or unable to persist does (``OOM``, ``READONLY``, ``MISCONF``)."""

    REPLY = b"-READONLY You can't write against a read only replica.\r\n"

    def _serve(self, client):
        threading.Thread(target=self._answer, args=(client,), daemon=True).start()

    def _answer(self, client):
        # One reply per request the client sends: redis-py waits for each answer.
        try:
            while client.recv(65536):
                client.sendall(self.REPLY)
        except OSError:
            return
