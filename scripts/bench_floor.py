"""The floor of `make bench`: a bare Django view that returns a fixed string.

Served by the same gunicorn, with the same workers, as the portal: what it costs is what
this stack costs on this machine before the portal does anything, so each page is
reported as a multiple of it rather than in milliseconds that drift from run to run.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import re_path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-floor-only",  # signs nothing: this app has no sessions or forms
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def floor(request):
    return HttpResponse("floor", content_type="text/plain")


urlpatterns = [re_path(r"^", floor)]  # every path: the readiness probe asks for one

application = get_wsgi_application()
