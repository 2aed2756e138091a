def report_url(host):
    # A host built at run time does not hide a literal password beside it.
    # expect: SSOT901 "a literal password for user 'reporter'"
    return f"postgresql://reporter:Pl41n-T3xt-pw@{host}:5432/reports"
