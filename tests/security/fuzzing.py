"""Hypothesis strategies for what people (and robots) send, the checks on each answer, and
the loops that send them to the forms and pages tests.security.crawl finds.
"""

import logging
import re
from contextlib import contextmanager
from urllib.parse import urlencode, urlsplit

from django.core.cache import cache
from django.test import Client
from hypothesis import example, given, note, settings
from hypothesis import strategies as st

from tests.factories import DEFAULT_PASSWORD
from tests.security.crawl import Field, Form, forms_on, query_parameter_names, row_counts

# Markup that runs if a page shows it as it came in; each is checked for on every answer.
MARKUP = (
    "<script>alert('fuzz')</script>",
    "\"><img src=x onerror=alert('fuzz')>",
    "'><svg/onload=alert('fuzz')>",
    "javascript:alert('fuzz')",
)
SQLISH = ("' OR '1'='1", "'; DROP TABLE auth_user; --", "1 UNION SELECT password FROM auth_user")
ODD = (
    "",
    " ",
    "\u202e",
    "\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩🏽‍💻",
    "\r\n",
    "%00",
    "../../etc/passwd",
    "{{ request }}",
    "{% debug %}",
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "NaN",
    "[]",
    "true",
)
NUL = "\x00"
# A link whose target is script, escaped or not, runs when clicked.
SCRIPT_LINK = re.compile(r"""(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", re.I)

# Surrogates cannot be sent as UTF-8 by any browser (or the test client): left out.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


def overlong(field: Field) -> str:
    return "x" * ((field.maxlength or 5000) + 1)


def hostile(field: Field) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(MARKUP + SQLISH + ODD),
        text,
        st.builds(lambda before, after: before + NUL + after, text, text),
        st.just(overlong(field)),
        st.just("é" * 100_000),  # 200 kB of text in one field
    )


def valid_ish(field: Field) -> st.SearchStrategy[str]:
    """A value the page itself would send: one of its options, a plausible address."""
    if field.kind == "hidden":
        return st.just(field.value)
    if field.options:
        return st.sampled_from([option for option in field.options if option] or [""])
    if field.kind == "email":
        return st.from_regex(r"[a-z]{1,8}@(utrecht|rhenen)\.example", fullmatch=True)
    if field.kind == "tel":
        return st.from_regex(r"0[1-9]{2} [0-9]{3} [0-9]{4}", fullmatch=True)
    if field.kind == "password":
        return st.just(DEFAULT_PASSWORD)
    return st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
        min_size=1,
        max_size=min(field.maxlength or 40, 40),
    )


@st.composite
def submissions(draw, form: Form) -> tuple[tuple[str, str], ...]:
    """``(name, value)`` pairs for ``form``: each field valid-ish, hostile, missing or
    sent twice (with different values); one of its named buttons, if it has them."""
    pairs = []
    for field in form.fields:
        if field.name == "csrfmiddlewaretoken":
            pairs.append((field.name, field.value))
            continue
        shape = draw(st.sampled_from(["valid", "valid", "hostile", "missing", "repeated"]))
        if shape == "missing":
            continue
        values = valid_ish(field) if shape == "valid" else hostile(field)
        pairs.append((field.name, draw(values)))
        if shape == "repeated":
            pairs.append((field.name, draw(st.one_of(valid_ish(field), hostile(field)))))
    if form.buttons:
        pairs.append(draw(st.sampled_from(form.buttons)))
    return tuple(pairs)


def filled_with(form: Form, value_for) -> tuple[tuple[str, str], ...]:
    """The form as the page filled it in (boxes ticked), ``value_for(field)`` in every typed
    field."""

    def value(field: Field) -> str:
        if field.typed:
            return value_for(field)
        return field.options[0] if field.kind == "checkbox" else field.value

    return tuple((field.name, value(field)) for field in form.fields) + form.buttons[:1]


def edge_submissions(form: Form) -> list[tuple[tuple[str, str], ...]]:
    """Always tried, before Hypothesis's own: NUL, overlong and markup in every typed field."""
    return [
        filled_with(form, lambda field: f"x{NUL}y@utrecht.example"),
        filled_with(form, overlong),
        filled_with(form, lambda field: MARKUP[0] + MARKUP[1]),
    ]


def must_be_refused(form: Form, pairs) -> bool:
    """Whether the values Django reads (the last of repeated keys) hold a NUL byte, or are
    longer than the field allows, in a field a person types into."""
    sent = dict(pairs)
    return any(
        field.typed
        and field.name in sent
        and (
            NUL in sent[field.name] or (field.maxlength and len(sent[field.name]) > field.maxlength)
        )
        for field in form.fields
    )


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@contextmanager
def errors_logged():
    """The records of level ERROR and up that were logged meanwhile (a 500 logs one)."""
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler.records
    finally:
        root.removeHandler(handler)


def assert_answered_cleanly(response, logged) -> None:
    """No server error, nothing logged as an error, no markup shown as it was sent."""
    assert response.status_code < 500, response.status_code
    assert not logged, [record.getMessage() for record in logged]
    if response.streaming:
        return
    html = response.content.decode(errors="replace")
    shown = [payload for payload in MARKUP if payload in html]
    assert not shown, f"unescaped: {shown}"
    assert not SCRIPT_LINK.search(html), SCRIPT_LINK.search(html).group(0)


def shows_form_errors(response) -> bool:
    html = response.content.decode(errors="replace")
    return "utrecht-form-field-error-message" in html or "ck-error-summary" in html


# --- Running them -----------------------------------------------------------------

EXAMPLES_PER_FORM = 6  # besides the three edge cases: the suite has a time budget
EXAMPLES_PER_PAGE = 2  # besides the two edge cases
UNREAD = "onbekend"  # a query parameter no view reads


def forms_to_fuzz(pages: dict[str, str], leave_out=frozenset()) -> list[Form]:
    """The forms on ``pages``, each (method, action) once, except those in ``leave_out``
    and the sign-out form (which would end the member's session)."""
    forms = {}
    for path, html in pages.items():
        for form in forms_on(html, path):
            key = form_key(form)
            if key not in leave_out and not key[1].startswith("/account/logout/"):
                forms.setdefault(key, form)
    return list(forms.values())


def form_key(form: Form) -> tuple[str, str]:
    return (form.method, urlsplit(form.action).path)


def send(client, form: Form, pairs):
    if form.method == "get":
        return client.get(urlsplit(form.action).path, list(pairs))
    return client.post(
        form.action, urlencode(pairs), content_type="application/x-www-form-urlencoded"
    )


def fuzz_form(form: Form, sign_in) -> None:
    """The edge cases, then Hypothesis's submissions, against ``form``; ``sign_in`` makes
    the client of each (a fuzzed form may have signed the member out)."""

    @settings(max_examples=EXAMPLES_PER_FORM)
    @given(pairs=submissions(form))
    def check(pairs):
        note(str(form))
        cache.clear()  # rate limits: each submission is judged on its own
        client = sign_in(Client())
        before = row_counts()
        with errors_logged() as logged:
            response = send(client, form, pairs)
        assert_answered_cleanly(response, logged)
        if response.status_code not in (301, 302, 303):
            assert row_counts() == before, "a form that came back stored something"
        if must_be_refused(form, pairs):
            assert response.status_code in (200, 400)
            assert response.status_code == 400 or shows_form_errors(response)
            assert row_counts() == before

    for pairs in edge_submissions(form):
        check = example(pairs=pairs)(check)
    check()


def offered_values(pages: dict[str, str]) -> list[str]:
    """What the site's own forms offer as choices (a filter's organisations)."""
    offered = set()
    for path, html in pages.items():
        for form in forms_on(html, path):
            for field in form.fields:
                offered.update(option for option in field.options if option)
    return sorted(offered) or ["1"]


def query_strings(names: list[str], offered: list[str]):
    any_field = Field("", "text", required=False, maxlength=200, options=(), value="")
    value = st.one_of(
        st.integers(-(2**70), 2**70).map(str),  # page numbers, ids
        st.sampled_from(offered),
        st.sampled_from(["/", "//evil.example/", "https://evil.example/", MARKUP[3]]),
        hostile(any_field),
    )
    return st.lists(st.tuples(st.sampled_from(names), value), max_size=4)


def fuzz_query_strings(pages: dict[str, str], paths, sign_in) -> None:
    """Hypothesis's query strings on each of ``paths``, with the names ``pages`` use."""
    names = sorted(query_parameter_names(pages) | {UNREAD})
    strategy = query_strings(names, offered_values(pages))
    # Always tried first, on every page: every name at once with markup, then with NUL
    # in a value too long for any field.
    edges = [
        [(name, value) for name in names] for value in (MARKUP[0] + MARKUP[1], NUL + "9" * 300)
    ]
    for path in dict.fromkeys(urlsplit(page).path for page in paths):
        _fuzz_query_string(path, strategy, edges, sign_in)


def _fuzz_query_string(path: str, strategy, edges, sign_in) -> None:
    @settings(max_examples=EXAMPLES_PER_PAGE)
    @given(query=strategy)
    def check(query):
        note(path)
        cache.clear()
        client = sign_in(Client())
        with errors_logged() as logged:
            response = client.get(path, query)
        assert_answered_cleanly(response, logged)

    for query in edges:
        check = example(query=query)(check)
    check()
