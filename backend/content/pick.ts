/** The value seed data names by key; a name that was never seeded is a bug in the seed data. */
export function pick<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed data names unknown "${key}"`);
  return value;
}
