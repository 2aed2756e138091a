# The cluster's trusted sources, so that SSOT603 stays quiet in this case.
data "digitalocean_database_cluster" "main" {
  name = "db-postgresql-nyc3-10001"
}

resource "digitalocean_database_firewall" "main" {
  cluster_id = data.digitalocean_database_cluster.main.id

  rule {
    type  = "tag"
    value = "app"
  }
}
