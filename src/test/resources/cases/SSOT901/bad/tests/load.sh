#!/bin/sh
# A leaked production credential in a test script is still leaked.
# expect: SSOT901
psql "postgresql://postgres.abcdefghijklmnopqrst:Sup3r-Leak@aws-0-eu-central-1.pooler.supabase.com:6543/postgres" -c "select 1"
