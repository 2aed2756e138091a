# expect: SSOT501
DATABASE_URL = "postgresql://postgres:${PW}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres"
