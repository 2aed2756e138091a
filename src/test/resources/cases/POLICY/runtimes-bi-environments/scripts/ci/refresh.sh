#!/bin/sh
# Runs in a GitHub-hosted job through a composite action: only the policy says so.
# expect: SSOT501
psql "postgresql://postgres:${PW}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres" -f refresh.sql
