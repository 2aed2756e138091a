import os

SQLALCHEMY_DATABASE_URI = os.getenv("SUPERSET_DB_URI", "sqlite:////app/superset_home/superset.db")
