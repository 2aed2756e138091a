import os

import psycopg2


def connect(host, port, db, user):
    pwd = os.environ.get("PGPASSWORD", "")
    return psycopg2.connect(host=host, port=port, dbname=db, user=user, password=pwd)


def urls(u, p, h, d):
    return [
        f"mysql+pymysql://{u}:{p}@{h}/{d}",
        "mysql://%s:%s@%s/app" % (u, p, h),
        "postgresql://%(user)s:%(password)s@%(host)s/app" % {"user": u, "password": p, "host": h},
        f"postgresql://{u}:{p}@{h}:{5432}/{d}?sslmode=disable",
    ]
