"""Loa settings: one module, driven by environment variables.

LOA_ENV=development (default) runs on SQLite with local files and in-process jobs.
LOA_ENV=production turns on every deployment safeguard; secrets come only from the
environment. DATABASE_URL and REDIS_URL switch to PostgreSQL and Redis in any profile.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


LOA_ENV = env("LOA_ENV", "development")
PRODUCTION = LOA_ENV == "production"

DEBUG = env_bool("DEBUG", default=not PRODUCTION)
# Django's English technical error pages (tracebacks, the URL list of a 404) instead of
# Loa's own under DEBUG: only when asked for (loa/core/middleware.py)
LOA_DEBUG_TECHNICAL = env_bool("LOA_DEBUG_TECHNICAL")

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production.")
    # Development only: a fixed, obviously unsafe key so sessions survive restarts.
    SECRET_KEY = "loa-development-only-" + "x" * 40

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The address officials open Loa at, for links in e-mails sent by the daily jobs
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "django_htmx",
    "axes",
    "loa.core",
    "loa.units",
    "loa.accounts",
    "loa.plans",
    "loa.activities",
    "loa.reports",
    "loa.documents",
    "loa.portal",
    "loa.surveys",
    "loa.contests",
    "loa.dashboard",
    "loa.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # a guest's public page gzipped when it is the same for every guest (ADR 28: BREACH)
    "loa.portal.middleware.GuestPageGZipMiddleware",
    # a guest's public page from the cache, before any session or user work (ADR 28)
    "loa.portal.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # before anything reads request.POST: a file named ".." is kept under a safe name
    "loa.core.uploads.SafeUploadNamesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Cache-Control: private, no-store on whatever a signed-in user is sent
    "loa.core.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # One record per form sent twice; before the access map, so that a repeat of "issue"
    # is led where the first went instead of being refused as no longer allowed.
    "loa.core.once.OnceMiddleware",
    "loa.accounts.middleware.AccessMapMiddleware",
    "loa.accounts.middleware.CurrentUnitMiddleware",
    # Loa's Vietnamese 404/400/500 pages under DEBUG too, with the user's header
    "loa.core.middleware.ErrorPagesMiddleware",
    # Axes goes last so that it sees the outcome of the login view.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "loa.accounts.context_processors.current_unit",
            ],
        },
    },
]

# --- Database: SQLite by default, DATABASE_URL for PostgreSQL -----------------
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a writer writes; busy timeout rides out short locks.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis when REDIS_URL is set -------------------------------------------
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Guests' public pages are kept in that cache until the next publication (ADR 28).
LOA_PUBLIC_PAGE_CACHE = env_bool("LOA_PUBLIC_PAGE_CACHE", default=True)

# --- Background work: Django's tasks framework, in-process by default -----------
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend"),
    }
}

# --- Accounts -----------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

# How many reverse proxies stand in front of Loa (each appends to X-Forwarded-For): the
# client's address is read through exactly that many, never more; 0 = no proxy, the header
# is ignored (loa/accounts/clientip.py, ADR 20).
LOA_TRUSTED_PROXIES = int(env("LOA_TRUSTED_PROXIES", "0"))
AXES_CLIENT_IP_CALLABLE = "loa.accounts.clientip.client_ip"
RATELIMIT_IP_META_KEY = "loa.accounts.clientip.client_ip"
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.25  # hours: a locked-out login may try again after 15 minutes
# Only the (name, address) pair is locked: a stranger never locks the owner out; a name
# failed from many addresses is slowed instead (loa/accounts/throttle.py).
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLED = env_bool("AXES_ENABLED", default=True)

# --- E-mail: console by default, SMTP when EMAIL_HOST is set ------------------------
if env("EMAIL_HOST") or PRODUCTION:
    # Production always sends through SMTP (a local relay unless EMAIL_HOST says otherwise).
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env("EMAIL_HOST", "localhost"),
                "port": int(env("EMAIL_PORT", "25")),
                "username": env("EMAIL_HOST_USER") or None,
                "password": env("EMAIL_HOST_PASSWORD") or None,
                "use_tls": env_bool("EMAIL_USE_TLS"),
            },
        }
    }
else:
    MAILERS = {
        "default": {
            "BACKEND": env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
        }
    }
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Loa <khong-tra-loi@loa.local>")

# --- Language and time ------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

# --- Static and uploaded files -----------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Outside production WhiteNoise serves straight from the app folders: no collectstatic.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 10

# --- Security ----------------------------------------------------------------------
# Everything is served by Loa itself: no CDN, no inline script.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 12
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)

# django-ratelimit wants a shared cache; in development the local one is fine.
# models.W040: the tallies' covering index (ADR 33) is plain on SQLite, as intended
SILENCED_SYSTEM_CHECKS = ["models.W040"] + (
    [] if REDIS_URL or PRODUCTION else ["django_ratelimit.E003"]
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
ACCESS_MAP = "config.access.ACCESS"
CSRF_FAILURE_VIEW = "loa.core.views.csrf_failure"
