resource "aws_db_instance" "reporting" {
  engine   = "postgres"
  username = "reporting"
  # expect: SSOT901
  password = "Tf-Literal-Pw-1"
}

resource "random_password" "db" {
  length = 32
}

resource "aws_db_instance" "ok" {
  engine   = "postgres"
  password = random_password.db.result
}
