"""Periodic housekeeping of the site shell."""

from importlib import import_module

from celery import shared_task
from django.conf import settings


@shared_task
def clear_expired_sessions() -> None:
    """Daily: sessions live in the database, and expired ones are not removed by Django."""
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
