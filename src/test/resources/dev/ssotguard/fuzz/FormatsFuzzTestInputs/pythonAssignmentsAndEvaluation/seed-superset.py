import os
from superset_config_docker import *
HOST = os.environ.get("DATABASE_HOST", "db")
SQLALCHEMY_DATABASE_URI = (
    f"postgresql+psycopg2://{os.getenv('U')}:{os.environ['P']}@{HOST}/superset"
)
X = "%s://%s" % ("mysql", HOST) or "sqlite://"
Y = "{}-{}".format(X, HOST)
