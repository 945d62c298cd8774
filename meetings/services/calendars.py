"""A member's personal calendar address: made when first shown, renewed on request."""

import uuid

from django.db import transaction

from meetings.models import CalendarFeed


def calendar_feed_for(user) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


@transaction.atomic
def calendar_feed_renew(*, user) -> CalendarFeed:
    """A new secret: the old address stops working at once (a lost phone, a shared link)."""
    feed = calendar_feed_for(user)
    feed.key = uuid.uuid4()
    feed.save(update_fields=["key"])
    return feed
