def database_url(user, pass, host)
  "postgres://#{user}:#{pass}@#{host}/app"
end
