resource "digitalocean_database_connection_pool" "api" {
  cluster_id = digitalocean_database_cluster.pg.id
  name       = "api-pool"
  mode       = "transaction"
  size       = 20
  db_name    = "api"
  user       = "api"
}

resource "digitalocean_database_cluster" "pg" {
  name       = "db-postgresql-fra1-1"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = "fra1"
  node_count = 1
}

resource "digitalocean_database_firewall" "pg" {
  cluster_id = digitalocean_database_cluster.pg.id

  rule {
    type  = "tag"
    value = "api"
  }
}
