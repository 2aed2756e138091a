# A droplet with IPv6 switched on reaches the IPv6-only direct host: nothing to confirm.
resource "digitalocean_droplet" "worker" {
  name      = "worker-1"
  image     = "ubuntu-24-04-x64"
  ipv6      = true
  user_data = file("${path.module}/cloud-init/worker.yaml")
}
