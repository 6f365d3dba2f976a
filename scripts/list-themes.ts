// `npm run themes`: the installed themes, for site owners choosing PRESSFRONT_THEME.
import { themes } from '../themes/registry';

const active = process.env.PRESSFRONT_THEME || 'show';
console.log('Installed themes (set PRESSFRONT_THEME and restart; no rebuild needed):\n');
for (const theme of Object.values(themes)) {
  const marker = theme.name === active ? '*' : ' ';
  console.log(`${marker} ${theme.name.padEnd(10)} ${theme.label} — ${theme.description}`);
  if (theme.screenshot) console.log(`  ${''.padEnd(10)} screenshot: public${theme.screenshot}`);
}
console.log(`\n* the theme PRESSFRONT_THEME selects now (${active}).`);
console.log(
  'Preview another without switching: /api/theme-preview/?theme=NAME&secret=PRESSFRONT_PREVIEW_SECRET',
);
