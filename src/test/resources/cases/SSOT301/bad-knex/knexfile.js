module.exports = {
  development: {
    client: 'sqlite3',
    connection: { filename: './dev.sqlite3' },
  },
  production: {
    // expect: SSOT301
    client: 'sqlite3',
    connection: { filename: '/var/lib/app/prod.sqlite3' },
  },
};
