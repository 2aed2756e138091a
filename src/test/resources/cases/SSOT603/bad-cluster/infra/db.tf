# The app's cluster is allowlisted; the analytics cluster is not.
resource "digitalocean_database_cluster" "pg" {
  name       = "app-pg"
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
    value = "app"
  }
}

# expect: SSOT603
resource "digitalocean_database_cluster" "analytics" {
  name       = "analytics-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = "fra1"
  node_count = 1
}
