import os

import dj_database_url

BASE_DIR = os.path.dirname(os.path.abspath(__file__))

DATABASES = {
    "default": dj_database_url.config(env="DATABASE_URL"),
    "exports": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.path.join(BASE_DIR, "exports.sqlite3"),
    },
}
