from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import add_never_cache_headers, patch_cache_control

# The Wagtail admin runs inline scripts and styles in its editors; only there do we allow them.
ADMIN_RELAXATIONS = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
PREVIEW_RELAXATIONS = {"frame-ancestors": ["'self'"]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with a relaxed policy for the admin's path only."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(settings.CSP_ADMIN_PATH_PREFIX):
            parts.replace = {**ADMIN_RELAXATIONS, **(parts.replace or {})}
        elif getattr(request, "is_preview", False):
            # Wagtail sends a preview through the middleware again as a dummy request on the
            # page's own path; that inner response's header is the one the admin frame gets.
            parts.replace = {**PREVIEW_RELAXATIONS, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        policy = response.get("Content-Security-Policy", "")
        if policy and "frame-ancestors" not in policy:
            # Wagtail's document view sets its own policy, "default-src 'none'", which says
            # nothing about framing: another site may not frame a document either.
            response["Content-Security-Policy"] = f"{policy}; frame-ancestors 'none'"
        return response


class PersonalResponsesNotStoredMiddleware:
    """What a signed-in person is shown is theirs: no shared cache or disk may keep it.

    Covers allauth's account pages (e-mail addresses, password, ...) without re-declaring
    their URLs, and every other page made for a signed-in person, whose header carries
    their name and a CSRF token. A response whose view never looked at the session was not
    made for anyone in particular and is left alone (no needless ``Vary: Cookie``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or not session.accessed or not request.user.is_authenticated:
            return response
        if response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        else:
            add_never_cache_headers(response)
        return response


# Text the portal makes itself: pages, feeds, JSON, iCalendar, CSV exports.
COMPRESSED_TYPES = {"application/json", "application/xml", "application/atom+xml"}


class GZipTextMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, for text only.

    A page shrinks to about a fifth. Documents (PDF, Office files, images) are compressed
    already or are downloads that should keep their Content-Length, so they pass as they
    are. BREACH, the attack that reads secrets from the length of compressed pages: since
    Django 4.2 this middleware adds up to 100 random bytes to each response ("Heal the
    Breach"), and Django masks the CSRF token anew on every response.
    """

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").partition(";")[0].strip().lower()
        if content_type.startswith("text/") or content_type in COMPRESSED_TYPES:
            return super().process_response(request, response)
        return response
