resource "digitalocean_database_cluster" "staging" {
  name       = "staging-mysql"
  # expect: SSOT202
  engine     = "mysql"
  version    = "8"
  size       = "db-s-1vcpu-1gb"
  region     = "fra1"
  node_count = 1
}

resource "digitalocean_database_firewall" "staging" {
  cluster_id = digitalocean_database_cluster.staging.id

  rule {
    type  = "tag"
    value = "ingest"
  }
}
