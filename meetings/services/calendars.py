"""A member's personal calendar address: made when first shown, renewed on request."""

import uuid

from django.db import transaction

from meetings.models import CalendarFeed
from members.kept import kept_for_account


def calendar_feed_for(user) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def calendar_token_for(user) -> str:
    """The secret of ``user``'s calendar address, as their own page shows it: kept until
    it is renewed (``meetings.signals``)."""
    return kept_for_account(user, "calendar-token", lambda: calendar_feed_for(user).token)


@transaction.atomic
def calendar_feed_renew(*, user) -> CalendarFeed:
    """A new secret: the old address stops working at once (a lost phone, a shared link)."""
    feed = calendar_feed_for(user)
    feed.key = uuid.uuid4()
    feed.save(update_fields=["key"])
    return feed
