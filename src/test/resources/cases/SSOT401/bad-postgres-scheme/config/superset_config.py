import os

DB_PASSWORD = os.getenv("SUPERSET_DB_PASSWORD")
# expect: SSOT401
SQLALCHEMY_DATABASE_URI = f"postgres://superset:{DB_PASSWORD}@db:5432/superset"
