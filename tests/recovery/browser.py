"""One visitor's cookies, sent to whichever web process the test points at.

Production cookies are marked Secure; a browser behind the TLS proxy sends them, so this
one does too, over the loopback's plain HTTP.
"""

import http.client
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


@dataclass
class Page:
    status: int
    location: str
    html: str


class HiddenFields(HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value") or ""


def hidden_fields(html: str) -> dict[str, str]:
    parser = HiddenFields()
    parser.feed(html)
    return parser.fields


class Browser:
    def __init__(self):
        self.cookies: dict[str, str] = {}

    def get(self, base: str, path: str) -> Page:
        return self._request(base, "GET", path)

    def post(self, base: str, path: str, fields: dict[str, str]) -> Page:
        return self._request(base, "POST", path, urlencode(fields))

    def post_file(self, base: str, path: str, fields: dict[str, str], name: str, file) -> Page:
        """``fields`` and one file (``file`` is ``(filename, bytes)``) as a browser uploads."""
        boundary = uuid.uuid4().hex
        disposition = f"--{boundary}\r\nContent-Disposition: form-data"
        parts = [
            f'{disposition}; name="{key}"\r\n\r\n{value}\r\n'.encode()
            for key, value in fields.items()
        ]
        filename, content = file
        parts.append(
            f'{disposition}; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self._request(base, "POST", path, body, f"multipart/form-data; boundary={boundary}")

    def _request(
        self,
        base: str,
        method: str,
        path: str,
        body: str | bytes | None = None,
        content_type: str = "application/x-www-form-urlencoded",
    ) -> Page:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = content_type
        connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            html = response.read().decode()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
                    if not morsel.value:  # deleted (signed out)
                        del self.cookies[name]
            return Page(response.status, response.getheader("Location", ""), html)
        finally:
            connection.close()
