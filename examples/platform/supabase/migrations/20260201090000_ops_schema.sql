create schema if not exists ops;
create table ops.job_runs (id bigint generated always as identity primary key, job text not null, started_at timestamptz not null default now());
