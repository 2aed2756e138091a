# Deployed by the platform's Helm values; kept here for review.
# expect: SSOT401, SSOT201, SSOT202
SQLALCHEMY_DATABASE_URI = "mysql://superset:${SUPERSET_DB_PASSWORD}@mysql.internal:3306/superset"
