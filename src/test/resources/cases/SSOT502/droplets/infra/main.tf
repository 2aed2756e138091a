resource "digitalocean_droplet" "superset" {
  name      = "superset-1"
  image     = "docker-20-04"
  size      = "s-2vcpu-4gb"
  user_data = file("${path.module}/cloud-init/superset.yaml")
}

resource "digitalocean_droplet" "etl" {
  name      = "etl-1"
  image     = "ubuntu-24-04-x64"
  ipv6      = true
  user_data = templatefile("cloud-init/etl.yaml", { region = "fra1" })
  tags      = ["etl"]
}
