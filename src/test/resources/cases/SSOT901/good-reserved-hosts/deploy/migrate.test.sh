#!/bin/sh
# Reserved names and documentation addresses are never real servers (RFC 2606, 6761, 5737, 3849).
psql "postgresql://app:Doc-Example-1@db.example.com:5432/app" -c 'select 1'
psql "postgresql://app:Doc-Example-2@db.example.org:5432/app" -c 'select 1'
psql "postgresql://app:Doc-Example-3@api.staging.test:5432/app" -c 'select 1'
psql "postgresql://app:Doc-Example-4@db.invalid:5432/app" -c 'select 1'
psql "postgresql://app:Doc-Example-5@192.0.2.10:5432/app" -c 'select 1'
psql "postgresql://app:Doc-Example-6@203.0.113.7:5432/app" -c 'select 1'
psql "postgresql://app:Doc-Example-7@[2001:db8::5]:5432/app" -c 'select 1'
