# expect: SSOT501 warning "is an assumption"
DATABASE_URL = "postgresql://postgres:${PW}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres"
