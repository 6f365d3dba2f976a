import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Fixture {
  recordedFrom: string;
  status: number;
  headers: Record<string, string | null>;
  body: unknown;
}

/** The WordPress the fixtures were recorded from (backend/wp.sh's default address). */
export const FIXTURE_WORDPRESS_URL = 'http://127.0.0.1:8790';

/** A REST response recorded from the local WordPress by `npm run wp:record-fixtures`. */
export function loadFixture(name: string): Fixture {
  return JSON.parse(readFileSync(path.join(__dirname, `${name}.json`), 'utf8')) as Fixture;
}

/** The fixture as the Response the data layer would have received. */
export function fixtureResponse(name: string): Response {
  const fixture = loadFixture(name);
  const headers = new Headers({ 'content-type': 'application/json; charset=UTF-8' });
  for (const [key, value] of Object.entries(fixture.headers)) if (value !== null) headers.set(key, value);
  return new Response(JSON.stringify(fixture.body), { status: fixture.status, headers });
}
