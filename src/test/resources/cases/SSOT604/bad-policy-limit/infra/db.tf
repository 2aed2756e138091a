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
    type  = "ip_addr"
    value = "203.0.113.7"
  }

  rule {
    type  = "ip_addr"
    # expect: SSOT604
    value = "198.51.0.0/16"
  }

  rule {
    type  = "ip_addr"
    value = var.office_cidr
  }

  # A tag named like a network is not an address.
  rule {
    type  = "tag"
    value = "0.0.0.0/0"
  }
}
