// `npm run theme:new NAME`: scaffolds themes/NAME/ (scaffold.ts) and registers it by running the
// discovery; the new theme is then in `npm run themes`, wp-admin's themes screen and every test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { themeFolders } from './discovery';
import { ScaffoldError, scaffoldTheme } from './scaffold';

const root = path.join(__dirname, '..', '..');
const themesDir = path.join(root, 'themes');
const name = process.argv[2] ?? '';
try {
  const files = scaffoldTheme(name, themeFolders(themesDir));
  const dir = path.join(themesDir, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  execFileSync('npx', ['tsx', path.join(__dirname, 'discover.ts')], { cwd: root, stdio: 'inherit' });
  console.log(`Created themes/${name}/ (${Object.keys(files).join(', ')}).`);
  console.log(
    `Next: npm run dev, then wp-admin → Appearance → Pressfront themes → Live preview; npm test checks it.`,
  );
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`error: ${error.message}`);
  console.error('usage: npm run theme:new NAME');
  process.exit(1);
}
