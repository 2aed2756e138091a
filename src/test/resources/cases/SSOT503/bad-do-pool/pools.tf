resource "digitalocean_database_connection_pool" "api" {
  cluster_id = digitalocean_database_cluster.pg.id
  name       = "api-pool"
  mode       = "transaction"
  size       = 20
  db_name    = "api"
  user       = "api"
}
