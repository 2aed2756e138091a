#!/bin/sh
# expect: SSOT901 "for the remote host reports.acme-corp.io"
export REPORTS_URL="${REPORTS_URL:-postgresql://rep:Def4ult-Remote-pw@reports.acme-corp.io:5432/r}"
export LOCAL_URL="${LOCAL_URL:-postgresql://app:Def4ult-Local-pw@localhost:5432/app}"
