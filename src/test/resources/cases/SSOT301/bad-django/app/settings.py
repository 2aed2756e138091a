import os

DATABASES = {
    "default": {
        # expect: SSOT301
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.path.join(BASE_DIR, "db.sqlite3"),
    }
}
