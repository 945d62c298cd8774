"""Public image files under /media/, for when no reverse proxy serves them.

Only Wagtail's image folders are public. Documents live beside them in the media root,
but are served only by Wagtail's document view (/documenten/...), which checks the
privacy of their collection; this view must never reach them, however a path is spelled.
In production the proxy of docker-compose.yml serves the image folders and
``SERVE_MEDIA_IMAGES`` is off, so this view answers 404 to everything.
"""

from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve

PUBLIC_MEDIA_FOLDERS = ("images", "original_images")
# What Wagtail puts in those folders: uploads in its raster formats and their renditions.
# Anything else found there (an SVG or a web page put there by hand) is not served.
SERVED_EXTENSIONS = {"avif", "gif", "jpg", "jpeg", "png", "webp"}
# The policy the production proxy gives these files (deploy/nginx.conf): they run nothing.
IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"


def public_media_file(path: str) -> Path | None:
    """The file ``path`` names inside a public folder of the media root, or None.

    ``path`` is the decoded URL path after /media/. Refused outright: a NUL byte, a
    backslash, an empty, "." or ".." segment. What is left must still resolve, symlinks
    followed, to a regular file inside the folder its first segment names.
    """
    if "\x00" in path or "\\" in path:
        return None
    parts = path.split("/")
    if parts[0] not in PUBLIC_MEDIA_FOLDERS or len(parts) < 2:
        return None
    if any(part in ("", ".", "..") for part in parts):
        return None
    media_root = Path(settings.MEDIA_ROOT).resolve()
    folder = media_root / parts[0]
    try:
        target = folder.joinpath(*parts[1:]).resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return None
    if not target.is_relative_to(folder) or not target.is_file():
        return None
    return target


@require_safe
def public_image(request, path: str):
    if not settings.SERVE_MEDIA_IMAGES:
        raise Http404
    target = public_media_file(path)
    if target is None or target.suffix.lower().lstrip(".") not in SERVED_EXTENSIONS:
        raise Http404
    media_root = Path(settings.MEDIA_ROOT).resolve()
    # serve() joins the path to its root once more; it is checked and relative by now.
    response = serve(request, target.relative_to(media_root).as_posix(), media_root)
    response["Content-Security-Policy"] = IMAGE_POLICY
    return response
