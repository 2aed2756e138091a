#!/bin/sh
# Run from an operator laptop: where this runs is not shown, so it is not judged.
psql "postgresql://postgres:${PW}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres"
