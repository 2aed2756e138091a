#!/bin/sh
# expect: SSOT502
echo "DATABASE_URL=postgresql://postgres:${PW}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres" > /etc/worker.env
systemctl restart worker
