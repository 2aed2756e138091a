resource "digitalocean_database_cluster" "main" {
  engine = "pg"
  name   = "db-${var.env}"
}
resource "digitalocean_database_firewall" "fw" {
  cluster_id = digitalocean_database_cluster.main.id
  rule {
    type  = "ip_addr"
    value = "0.0.0.0/0"
  }
}
