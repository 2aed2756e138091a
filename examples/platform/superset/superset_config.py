"""Superset settings for the platform deployment (mounted at /app/pythonpath)."""
import os

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]

# Metadata database. SUPERSET_DATABASE_URI is meant to be set on the host.
SQLALCHEMY_DATABASE_URI = os.getenv(
    "SUPERSET_DATABASE_URI", "sqlite:////app/superset_home/superset.db"
)

FEATURE_FLAGS = {"ALERT_REPORTS": True}
