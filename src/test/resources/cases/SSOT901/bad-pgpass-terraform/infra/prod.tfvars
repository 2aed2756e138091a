region      = "fra1"
# expect: SSOT901
db_password = "TfVars-Pw-77"
