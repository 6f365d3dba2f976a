import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '@/themes/_engine/contrast';
import { assertTheme, defineTheme, type ThemeInput } from '@/themes/_engine/define-theme';
import { discoverThemes, installedModule } from './discovery';

// A theme from an npm package, as a site adds one: the example package in examples/ is installed
// into a scratch project, discovered, and completed by defineTheme as the generated module does.
const example = path.join(__dirname, '..', '..', 'examples', 'pressfront-theme-harbour');
const site = mkdtempSync(path.join(tmpdir(), 'pressfront-package-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('a theme package', () => {
  it('is discovered from package.json "pressfront.themes" and imported by the generated module', () => {
    mkdirSync(path.join(site, 'themes'), { recursive: true });
    mkdirSync(path.join(site, 'node_modules'));
    symlinkSync(example, path.join(site, 'node_modules', 'pressfront-theme-harbour'));
    writeFileSync(
      path.join(site, 'package.json'),
      JSON.stringify({ name: 'site', pressfront: { themes: ['pressfront-theme-harbour'] } }),
    );
    const found = discoverThemes(site);
    expect(found).toEqual([
      { source: 'package', specifier: 'pressfront-theme-harbour', id: 'pressfront-theme-harbour' },
    ]);
    expect(installedModule(found)).toContain('defineTheme(theme0 as ThemeInput)');
  });

  it('keeps the contract once completed: identity, AA contrast, its own options', async () => {
    const definition = ((await import(path.join(example, 'index.js'))) as { default: ThemeInput }).default;
    const theme = defineTheme(definition);
    expect(() => assertTheme(theme)).not.toThrow();
    expect(theme.name).toBe('harbour');
    expect(theme.options.defaults).toMatchObject({
      fontPairing: 'serif-headlines',
      ctaText: 'The harbour, every Friday — subscribe.',
    });
    for (const scheme of ['light', 'dark'] as const) {
      const { color } = theme.tokens;
      for (const [fg, bg] of [
        ['fg', 'bg'],
        ['muted', 'surface'],
        ['accent', 'bg'],
        ['accent', 'surface'],
        ['accentFg', 'accent'],
      ] as const) {
        expect(
          contrastRatio(color[fg][scheme], color[bg][scheme]),
          `${scheme} ${fg}/${bg}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
