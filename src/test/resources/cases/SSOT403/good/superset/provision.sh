#!/bin/sh
superset set-database-uri -d pooled -u "postgresql://postgres.abcdefghijklmnopqrst:${PW}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"
