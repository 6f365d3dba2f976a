// `npm run themes`: the installed themes, for site owners and developers choosing one.
// `--names`: their names only, one a line, the default first (for the e2e suite's projects).
import { DEFAULT_THEME, themes } from '@/themes/_engine/registry';
import { themeScreenshot } from '@/themes/_engine/screenshot';

if (process.argv.includes('--names')) {
  const names = Object.keys(themes).sort((a, b) => Number(b === DEFAULT_THEME) - Number(a === DEFAULT_THEME));
  console.log(names.join('\n'));
  process.exit(0);
}

const pinned = process.env.PRESSFRONT_THEME || null;
console.log('Installed themes:\n');
for (const theme of Object.values(themes)) {
  const marker = theme.name === (pinned ?? DEFAULT_THEME) ? '*' : ' ';
  console.log(`${marker} ${theme.name.padEnd(10)} ${theme.label} — ${theme.description}`);
  const screenshot = themeScreenshot(theme);
  if (screenshot) console.log(`  ${''.padEnd(10)} screenshot: public${screenshot}`);
}
console.log(
  pinned
    ? `\n* pinned by PRESSFRONT_THEME=${pinned}: this server renders it whatever WordPress says.`
    : `\nNot pinned: the site renders the theme activated in wp-admin (Appearance → Pressfront themes), * ${DEFAULT_THEME} until one is.`,
);
console.log('Pin one with PRESSFRONT_THEME=NAME and a restart (no rebuild needed).');
console.log(
  'New ones: a folder (npm run theme:new NAME) or a package listed in package.json "pressfront.themes".',
);
