# The Cirkelinkoop portal for production: one image for the web server, the Celery worker
# and Celery beat (see docker-compose.yml and docs/production.md).

# --- Stage 1: the stylesheet and font (NL Design System CSS, our CSS, Noto Sans) -------
# Only the build output (frontend/dist) goes into the image, never node_modules.
FROM node:20-bookworm-slim AS assets

WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./frontend/
COPY static/css/ ./static/css/
RUN npm run build


# --- Stage 2: the portal ---------------------------------------------------------------
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    DJANGO_ENV=production

# gettext provides msgfmt for compilemessages below. Nothing else is needed at run time:
# psycopg[binary] bundles libpq and Pillow's wheel bundles its image libraries.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --gid 1000 app \
    && useradd --uid 1000 --gid app --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin app

WORKDIR /app

# The dependencies listed in pyproject.toml, in their own layer so that a change to the
# source does not reinstall them. The portal itself is not pip-installed: it runs from
# /app (on PYTHONPATH), where settings.BASE_DIR finds templates, static and locale; a
# second copy in site-packages would only be able to shadow it.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
       > /tmp/requirements.txt \
    && pip install --no-cache-dir -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY . .
COPY --from=assets /build/frontend/dist ./frontend/dist

# Translations and static files are built into the image. The key and hosts below exist
# only for this RUN line (production settings refuse to load without them); the real
# ones come from the environment at run time. staticfiles/ is handed to the app user so
# that `collectstatic` can run again when the container starts.
RUN export SECRET_KEY=build-only-not-a-secret ALLOWED_HOSTS=localhost \
    && python manage.py compilemessages --ignore=.venv --ignore=node_modules \
    && python manage.py collectstatic --noinput \
    && chown -R app:app /app/staticfiles \
    && mkdir -p /app/media \
    && chown app:app /app/media

USER app

EXPOSE 8000

# /gezondheid/ answers 200 when the database, cache and broker are up, 503 otherwise.
# Host "localhost" must be in ALLOWED_HOSTS; X-Forwarded-Proto avoids the HTTPS redirect.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request as u; u.urlopen(u.Request('http://127.0.0.1:8000/gezondheid/', headers={'Host': 'localhost', 'X-Forwarded-Proto': 'https'}), timeout=8)"]

CMD ["gunicorn", "cirkelinkoop.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
