resource "digitalocean_database_cluster" "pg" {
  name   = "app-pg"
  engine = "pg"

resource "digitalocean_database_firewall" "pg" {
  cluster_id = digitalocean_database_cluster.pg.id
