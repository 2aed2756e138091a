// A URL the code builds from its parts is a template, not a datastore.
export function mongoUrl(u, p, h) {
  return `mongodb://${u}:${p}@${h}`;
}
export const mysqlUrl = (c) => `mysql://${c.user}:${c.password}@${c.host}:${c.port}/${c.database}`;
