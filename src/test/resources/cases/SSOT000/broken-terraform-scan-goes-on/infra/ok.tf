# expect: SSOT603
resource "digitalocean_database_cluster" "other" {
  name   = "other-pg"
  engine = "pg"
}
