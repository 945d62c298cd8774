"""Settings for Cirkelinkoop, read from the environment in this one place.

With no variables set the portal runs on the embedded default: a SQLite file,
local-memory cache, Celery tasks run in-process and e-mail printed to the console.
Production (``DJANGO_ENV=production``) uses the same settings with other values and
refuses to start without a secret key and allowed hosts. See the README for the table.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
IS_PRODUCTION = DJANGO_ENV == "production"

# --- Core -------------------------------------------------------------------

DEBUG = env.bool("DEBUG", default=not IS_PRODUCTION)

# Debug pages show settings and source to anyone who triggers an error: never in production.
if IS_PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be off when DJANGO_ENV=production.")

if IS_PRODUCTION and not env.str("SECRET_KEY", default=""):
    raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_ENV=production.")
if IS_PRODUCTION and not env.list("ALLOWED_HOSTS", default=[]):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DJANGO_ENV=production.")

# The fallback key is only ever used on a developer's machine: production refuses it above.
SECRET_KEY = env.str("SECRET_KEY", default="") or "embedded-default-key-not-for-production"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "cirkelinkoop",
    "members",
    "knowledge",
    "meetings",
    "mailing",
    # Wagtail
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Above everything that may answer early (whitenoise with a static file, the common
    # middleware refusing a host): every response gets the policy and the frame header.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cirkelinkoop.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise, which serves static files compressed ahead of time: this one
    # compresses the pages (see the middleware for why that is safe against BREACH).
    "cirkelinkoop.middleware.GZipTextMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Inside CSRF, which sets the cookie for the token filled into a cached form page: a
    # visitor's page from the cache skips authentication, the view and the rest, and is
    # compressed on its way out like any other.
    "cirkelinkoop.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cirkelinkoop.middleware.PersonalResponsesNotStoredMiddleware",
    "cirkelinkoop.sites.CachedSiteMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cirkelinkoop.urls"
WSGI_APPLICATION = "cirkelinkoop.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cirkelinkoop.page_cache.fragment_cache",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
# A new PostgreSQL connection per request cost a third of the home page's time.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A choice field's options are read with QuerySet.iterator(); on PostgreSQL outside a
# transaction that is a server-side cursor, three round trips for a few dozen rows.
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
# A request's changes and the e-mails they cause commit together, also in the views of
# allauth and Wagtail that this project does not write (a sign-up and its verification).
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# A database that is down or unreachable must cost a request seconds, not a gunicorn
# worker (killed after 30 s): give up connecting after DATABASE_CONNECT_TIMEOUT, and cancel
# a statement that runs past DATABASE_STATEMENT_TIMEOUT (0: never; set it to 0 for a
# long data migration). Random reads cost little more than sequential ones on an SSD:
# with PostgreSQL's default (4) the planner read every case's tsvector for a search that
# the GIN index answers five times faster.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    statement_timeout = env.int("DATABASE_STATEMENT_TIMEOUT", default=20)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": env.int("DATABASE_CONNECT_TIMEOUT", default=3),
            "options": f"-c statement_timeout={statement_timeout}s -c random_page_cost=1.1",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
# How long a visitor's page may come from the cache (cirkelinkoop.page_cache); every
# change to public content retires the cached pages at once. 0 switches it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# How long the pieces every page repeats (menu, footer) may come from the cache, for
# members too; retired at once by the same changes. 0 switches it off.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=300)

# Redis may fail without taking the site down: the cache fails soft (local memory while
# Redis is away, short timeouts when it hangs) and sessions live in the database.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cirkelinkoop.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cirkelinkoop",
            "OPTIONS": {
                "socket_connect_timeout": env.float("REDIS_TIMEOUT", default=0.5),
                "socket_timeout": env.float("REDIS_TIMEOUT", default=0.5),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Tasks ------------------------------------------------------------------

# Without a broker the tasks run eagerly, in the request that enqueues them.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A broker that is down must not hold a request up for long: the caller logs and moves on.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 0.5,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Publishing connects at most twice, quickly: the outbox's sweep covers the rest.
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
    "socket_connect_timeout": 2,
    # Above the worker's 1 s polling interval; bounds a publish to a Redis that hangs.
    "socket_timeout": 3,
    "visibility_timeout": 60 * 60,
}
CELERY_TIMEZONE = "Europe/Amsterdam"
# Periodic tasks, run by Celery beat in production (docker-compose's "beat" service).
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "mailing-send-due-emails": {
        "task": "mailing.tasks.send_due_emails",
        "schedule": 60.0,
    },
    "clear-expired-sessions": {
        "task": "cirkelinkoop.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=0),
    },
    "mailing-purge-email-bodies": {
        "task": "mailing.tasks.purge_email_bodies",
        "schedule": crontab(hour=3, minute=15),
    },
    "meetings-plan-ahead": {
        "task": "meetings.tasks.plan_meetings_ahead",
        "schedule": crontab(hour=2, minute=30),
    },
    "meetings-mark-held": {
        "task": "meetings.tasks.mark_meetings_held",
        "schedule": crontab(minute=5),
    },
    "meetings-minutes-reminders": {
        "task": "meetings.tasks.send_minutes_reminders",
        "schedule": crontab(hour=9, minute=0),
    },
    "meetings-send-reminders": {
        "task": "meetings.tasks.send_meeting_reminders",
        "schedule": crontab(minute=10),
    },
    "members-remove-expired-personal-data": {
        "task": "members.tasks.remove_expired_personal_data",
        "schedule": crontab(hour=3, minute=30),
    },
}

# Wagtail's own background jobs (search and reference index) run on Django's task API.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- E-mail -----------------------------------------------------------------

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Every e-mail goes into the outbox (``mailing``), in the transaction that causes it; the
# backend of EMAIL_URL is the one the outbox delivers through, after commit.
MAILING_DELIVERY_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_BACKEND = "mailing.backends.OutboxBackend"
# Back-off between attempts: 1, 2, 4 … minutes, at most 6 hours, 10 attempts (about a day
# and a half); then the coordinator sees the e-mail as undelivered and can send it again.
MAILING_RETRY_BASE_SECONDS = 60
MAILING_RETRY_MAX_SECONDS = 6 * 60 * 60
MAILING_MAX_ATTEMPTS = env.int("EMAIL_MAX_ATTEMPTS", default=10)
# A worker's claim on a row; one that died mid-send leaves it to be retried after this.
MAILING_CLAIM_SECONDS = 5 * 60
# Bodies of sent e-mails hold personal data (and invitation links): removed after this.
MAILING_BODY_RETENTION_DAYS = env.int("EMAIL_RETENTION_DAYS", default=30)
# The admin lists sent e-mails, with their contents, only on a developer's machine: there a
# newcomer finds the invitation link of the join flow; in production only what failed.
MAILING_ADMIN_SHOWS_SENT = env.bool("EMAIL_ADMIN_SHOWS_SENT", default=not IS_PRODUCTION)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Coalitie Inkoop Cirkelregio Utrecht <noreply@localhost>"
)
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
EMAIL_SUBJECT_PREFIX = "[Cirkelinkoop] "
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)  # a stalled mail server must not hold a worker

# --- Accounts ---------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # Django's ModelBackend, with permissions in one query instead of two.
    "cirkelinkoop.accounts.PermissionsInOneQueryBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    # Last, so sessions it signed in before stay signed in; it answers as the first does.
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "cirkelinkoop.accounts.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Confirming an account action (deleting it) asks for the password: this portal sends no
# one-time codes and has no second factor.
ACCOUNT_REAUTHENTICATION_METHODS = ["password"]
# Sign-up is open to addresses on a participating organisation's domain and to invitations.
# Every allauth form the portal shows, with its errors in the fields' own words.
ACCOUNT_FORMS = {
    name: f"members.forms.{form}"
    for name, form in {
        "login": "LoginForm",
        "signup": "SignupForm",
        "add_email": "AddEmailForm",
        "change_password": "ChangePasswordForm",
        "set_password": "SetPasswordForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "reauthenticate": "ReauthenticateForm",
    }.items()
}
# allauth's rate limiter also guards the two public forms, per client address.
ACCOUNT_RATE_LIMITS = {
    "join_request": env.str("JOIN_REQUEST_RATE_LIMIT", default="5/h/ip"),
    "contact_request": env.str("CONTACT_REQUEST_RATE_LIMIT", default="5/h/ip"),
}
# allauth's default rate limits (sign-in, reset, sign-up) count per client address; behind
# a reverse proxy that address is in X-Forwarded-For, so say how many proxies to trust.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# --- Members ----------------------------------------------------------------

# Personal data of handled join and contact requests is removed after this many months.
MEMBERS_RETENTION_MONTHS = env.int("REQUEST_RETENTION_MONTHS", default=12)
MEMBERS_INVITATION_VALID_DAYS = env.int("INVITATION_VALID_DAYS", default=14)

# --- Language and time ------------------------------------------------------

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static and media -------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The stylesheet and font that `npm run build` makes from the npm packages (the NL Design
    # System, the font) and static/css: build output, git-ignored (frontend/build.mjs).
    BASE_DIR / "frontend" / "dist",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Whether the portal itself serves the public image folders of MEDIA_ROOT at /media/. Off
# in production: the proxy of docker-compose.yml serves them (deploy/nginx.conf).
SERVE_MEDIA_IMAGES = env.bool("SERVE_MEDIA_IMAGES", default=not IS_PRODUCTION)
# With the debug pages off (production, `make run`) static files are collected first and
# served as in production: hashed names cached for a year ("immutable"), compressed ahead
# of time. With DEBUG on they come straight from their folders, so an edit shows at once.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Uploads are checked for type and size, by their content: images by Wagtail (the format
# must match the extension), documents by cirkelinkoop.documents as well as by extension.
# Documents only ever through Wagtail's view, which checks their collection's privacy;
# never a redirect to (or a link straight at) the file under /media/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cirkelinkoop.documents.DocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
# A redirect import is uploaded in one request and confirmed in the next, which another web
# process may serve: the file waits in the shared cache, not in one process's /tmp.
WAGTAIL_REDIRECTS_FILE_STORAGE = "cache"

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Cirkelinkoop"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False
# The admin makes no calls to outside services: privacy, and nothing hangs on a closed network.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# One sign-in for everyone, by e-mail and with allauth's rate limits: not Wagtail's own form.
WAGTAILADMIN_LOGIN_URL = "account_login"
# Private pages and documents send visitors to the same sign-in (/_util/login/ redirects).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False

# --- Security ---------------------------------------------------------------

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=IS_PRODUCTION)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000 if IS_PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = IS_PRODUCTION
SECURE_HSTS_PRELOAD = IS_PRODUCTION
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = IS_PRODUCTION
CSRF_COOKIE_SECURE = IS_PRODUCTION
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview sets SAMEORIGIN on its own responses

# Strict on the public site; ContentSecurityPolicyMiddleware relaxes it for the admin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
CSP_ADMIN_PATH_PREFIX = "/beheer/"

# Browser features the portal never uses, switched off for it and anything it might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Logging ----------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail logs every page action and index task at INFO: its audit log keeps those.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
