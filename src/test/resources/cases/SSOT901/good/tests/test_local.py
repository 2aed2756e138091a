LOCAL = "postgresql://app:localpw@localhost:5432/app_test"
