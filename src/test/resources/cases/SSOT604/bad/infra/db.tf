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
    type  = "droplet"
    value = digitalocean_droplet.app.id
  }

  # "Temporarily" opened for a laptop.
  rule {
    type  = "ip_addr"
    # expect: SSOT604
    value = "0.0.0.0/0"
  }

  rule {
    type = "ip_addr"
    # expect: SSOT604
    value = "::/0"
  }
}
