# The cluster is created by another stack; this one owns its trusted sources.
data "digitalocean_database_cluster" "orders" {
  name = "orders-pg"
}

resource "digitalocean_database_firewall" "orders" {
  cluster_id = data.digitalocean_database_cluster.orders.id

  rule {
    type  = "k8s"
    value = var.cluster_id
  }
}
