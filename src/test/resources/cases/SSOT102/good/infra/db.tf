data "digitalocean_database_cluster" "main" {
  name = "db-postgresql-fra1-00001"
}

resource "digitalocean_database_firewall" "main" {
  cluster_id = data.digitalocean_database_cluster.main.id

  rule {
    type  = "tag"
    value = "erp"
  }
}
