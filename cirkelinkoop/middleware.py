from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

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
