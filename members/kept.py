"""Answers about access kept in the shared cache between requests, until access changes.

What an account may do, and what a page's privacy is, are asked on every page a person
opens (the member pages, the library's members-only cases, Wagtail's user bar) and change
seldom. The answers are kept under one generation that any change they depend on retires
(``access_changed``, connected by ``members.access``), and never longer than a few minutes.
A few answers about people that change as seldom are kept the same way: who comes to a
meeting (``meetings.attendance``, which decides who gets its online link), the member
directory's pages, and on one's own page the requests one sent, one's calendar address
and one's details as the form first shows them.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

ACCESS_GENERATION_KEY = "access:generation"
# The longest an answer is kept: a change the cache missed (it was unreachable at that
# moment) reaches every web process within this time.
ACCESS_KEPT_SECONDS = 300


def access_changed(**_signal_kwargs) -> None:
    """Retire every kept answer, at once and again when the change is committed: a request
    in between reads the database as it was, and keeps that under the new generation."""
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    # Unguessable: one made anew after the cache lost it never matches answers kept before.
    cache.set(ACCESS_GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def kept(key: str, build):
    """``build()``'s answer, kept under ``key`` in this generation; one cache read."""
    key = f"access:{key}"
    found = cache.get_many([ACCESS_GENERATION_KEY, key])
    generation = found.get(ACCESS_GENERATION_KEY)
    if generation is None and cache.add(ACCESS_GENERATION_KEY, uuid.uuid4().hex, timeout=None):
        generation = cache.get(ACCESS_GENERATION_KEY)  # None while the cache is out
    made_in, answer = found.get(key, (None, None))
    if generation is not None and made_in == generation:
        return answer
    answer = build()
    if generation is not None:
        cache.set(key, (generation, answer), timeout=ACCESS_KEPT_SECONDS)
    return answer


def kept_for_account(user, name: str, build):
    """``kept`` for what ``user``'s account may do."""
    return kept(f"{name}:{user.pk}", build)
