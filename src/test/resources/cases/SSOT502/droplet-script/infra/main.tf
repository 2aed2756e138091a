# A droplet without ipv6 = true whose user_data is a shell script: the script's connection takes the
# droplet's runtime (IPv6 not shown), so its Supabase Direct URL is SSOT502. The script is code, not
# a context file: a scan of changed files must still read it when only this Terraform file changed.
resource "digitalocean_droplet" "worker" {
  name      = "worker-1"
  image     = "ubuntu-24-04-x64"
  size      = "s-1vcpu-1gb"
  user_data = file("${path.module}/bootstrap.sh")
}
