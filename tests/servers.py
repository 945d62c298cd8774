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


class SmtpSink:
    """A real SMTP server (aiosmtpd) that keeps every message it accepts, for workers in
    other processes to deliver to."""

    def __init__(self, seconds_per_message: float = 0.0):
        from aiosmtpd.controller import Controller

        self.seconds_per_message = seconds_per_message
        self.messages: list = []
        self._lock = threading.Lock()
        self._controller = Controller(self, hostname="127.0.0.1", port=refused_port())
        self.port = self._controller.port

    async def handle_DATA(self, server, session, envelope):
        import asyncio
        from email import message_from_bytes

        await asyncio.sleep(self.seconds_per_message)  # a mail server that takes its time
        with self._lock:
            self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        with self._lock:
            return [message["Message-ID"] for message in self.messages]

    def __enter__(self):
        self._controller.start()
        return self

    def __exit__(self, *exc_info):
        self._controller.stop()
