import os

# expect: SSOT501
DSN = "postgresql://postgres:${SUPABASE_DB_PASSWORD}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres"
