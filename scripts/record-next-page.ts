// Records the page server/page-cache/reader-document.test.ts holds the reader-document transform
// to: a long-form post as the installed Next.js renders it (the proxy's inner request, before any
// transform), with that version. Run after a Next.js upgrade, with the site running (npm run demo):
//   npx tsx scripts/record-next-page.ts [http://localhost:3000]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INNER_REQUEST_HEADER } from '../server/routing/inner-request';

const PAGE = '/river-dredging-plan/';
const origin = process.argv[2] ?? 'http://localhost:3000';
const dir = path.join(__dirname, '..', 'server', 'page-cache', 'fixtures');

async function main() {
  const response = await fetch(new URL(PAGE, origin), { headers: { [INNER_REQUEST_HEADER]: '1' } });
  if (!response.ok) throw new Error(`${PAGE}: HTTP ${response.status} from ${origin}`);
  const html = await response.text();
  const { version } = JSON.parse(
    readFileSync(path.join(__dirname, '..', 'node_modules', 'next', 'package.json'), 'utf8'),
  ) as { version: string };
  writeFileSync(path.join(dir, 'next-page.html'), html);
  writeFileSync(
    path.join(dir, 'next-page.json'),
    `${JSON.stringify({ next: version, page: PAGE }, null, 2)}\n`,
  );
  console.log(`recorded ${PAGE} (${html.length} characters) as rendered by Next.js ${version}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
