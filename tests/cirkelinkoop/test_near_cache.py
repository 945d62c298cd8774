"""The fragments every page repeats are kept near, in the web process, and still never
outlive the content they show: not after a publish in another process, not after Redis
restarts empty (against the real Redis, as in CI)."""

import pytest
import redis
from django.conf import settings
from django.core.cache import caches
from django.test import Client

from cirkelinkoop.cache import NearRedisCacheClient
from tests.conftest import needs
from tests.factories import MembershipFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(settings):
    needs(settings.REDIS_URL, "REDIS_URL is not set: the near cache sits in front of Redis")
    settings.CACHES = {
        "default": {
            "BACKEND": "cirkelinkoop.cache.FailSoftRedisCache",
            "LOCATION": settings.REDIS_URL,
        }
    }
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


class CountingRedis:
    """Counts what reaches Redis through the cache's client."""

    def __init__(self, monkeypatch, cache):
        self.calls = 0
        client = cache._cache.get_client()
        for name in ("get", "mget"):
            original = getattr(client, name)

            def counted(*args, _original=original, **kwargs):
                self.calls += 1
                return _original(*args, **kwargs)

            monkeypatch.setattr(client, name, counted)


def test_a_members_page_asks_redis_only_for_what_changes(redis_cache, home, monkeypatch):
    assert isinstance(redis_cache._cache, NearRedisCacheClient)
    page = StandardPageFactory(parent=home, title="Over de coalitie", slug="over")
    member = Client()
    member.force_login(MembershipFactory().user)
    member.get(page.url)  # the site's settings made: a new generation
    member.get(page.url)  # the fragments made and kept

    redis_calls = CountingRedis(monkeypatch, redis_cache)
    assert member.get(page.url).status_code == 200
    with_near = redis_calls.calls
    redis_cache._cache._near.clear()
    member.get(page.url)
    without_near = redis_calls.calls - with_near
    # The menu, the footer, the site and the page's route came from the process.
    assert without_near - with_near >= 4


def test_a_publish_elsewhere_and_an_emptied_redis_show_at_once(redis_cache, home):
    page = StandardPageFactory(parent=home, title="Over de coalitie", slug="over")
    page.show_in_menus = True
    page.save_revision().publish()
    visitor = Client()
    assert "Over de coalitie" in visitor.get("/").content.decode()

    # Another web process publishes: a new generation, of which only Redis hears.
    other = redis.Redis.from_url(settings.REDIS_URL)
    type(page).objects.filter(pk=page.pk).update(title="Wie we zijn")
    other.delete(*other.keys("*page-cache:generation"))
    assert "Wie we zijn" in visitor.get("/").content.decode()

    # Redis restarts empty while this process still keeps the old fragments near.
    other.flushdb()
    page.title = "Over ons"
    type(page).objects.filter(pk=page.pk).update(title="Over ons")
    html = visitor.get("/").content.decode()
    assert "Over ons" in html and "Wie we zijn" not in html
