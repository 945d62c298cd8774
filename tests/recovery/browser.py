"""One visitor's cookies, sent to whichever web process the test points at.

Production cookies are marked Secure; a browser behind the TLS proxy sends them, so this
one does too, over the loopback's plain HTTP.
"""

import http.client
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

    def _request(self, base: str, method: str, path: str, body: str | None = None) -> Page:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
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
