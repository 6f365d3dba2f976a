// `npm run themes`: the installed themes, for site owners and developers choosing one.
import { DEFAULT_THEME, themes } from '../themes/registry';

const pinned = process.env.PRESSFRONT_THEME || null;
console.log('Installed themes:\n');
for (const theme of Object.values(themes)) {
  const marker = theme.name === (pinned ?? DEFAULT_THEME) ? '*' : ' ';
  console.log(`${marker} ${theme.name.padEnd(10)} ${theme.label} — ${theme.description}`);
  if (theme.screenshot) console.log(`  ${''.padEnd(10)} screenshot: public${theme.screenshot}`);
}
console.log(
  pinned
    ? `\n* pinned by PRESSFRONT_THEME=${pinned}: this server renders it whatever WordPress says.`
    : `\nNot pinned: the site renders the theme activated in wp-admin (Appearance → Pressfront themes), * ${DEFAULT_THEME} until one is.`,
);
console.log('Pin one with PRESSFRONT_THEME=NAME and a restart (no rebuild needed).');
