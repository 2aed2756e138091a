import os

SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY")
# expect: SSOT401
SQLALCHEMY_DATABASE_URI = "sqlite:////app/superset_home/superset.db"
