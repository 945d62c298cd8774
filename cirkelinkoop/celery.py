"""The Celery app: configured from Django's settings (``CELERY_*``), tasks from each app."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cirkelinkoop.settings")

app = Celery("cirkelinkoop")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
