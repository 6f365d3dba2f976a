import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '@/themes/_engine/contrast';
import { baseTokens } from '@/themes/base';
import { assertTheme } from '@/themes/_engine/define-theme';
import type { Theme } from '@/themes/_engine/types';
import { ACCENTS, ScaffoldError, scaffoldTheme } from './scaffold';

const dir = mkdtempSync(path.join(tmpdir(), 'pressfront-scaffold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run theme:new', () => {
  it('writes a theme that keeps the contract as generated: identity, AA contrast, options', async () => {
    const files = scaffoldTheme('harbour-lights', ['show']);
    mkdirSync(path.join(dir, 'harbour-lights'));
    for (const [name, text] of Object.entries(files))
      writeFileSync(path.join(dir, 'harbour-lights', name), text);
    const theme = ((await import(path.join(dir, 'harbour-lights', 'index.ts'))) as { default: Theme })
      .default;
    expect(() => assertTheme(theme)).not.toThrow();
    expect(theme).toMatchObject({ name: 'harbour-lights', label: 'Harbour Lights' });
    expect(theme.options.validate({})).toEqual({ ok: true, values: theme.options.defaults });
    for (const scheme of ['light', 'dark'] as const) {
      for (const on of ['bg', 'surface'] as const) {
        expect(
          contrastRatio(theme.tokens.color.accent[scheme], theme.tokens.color[on][scheme]),
        ).toBeGreaterThanOrEqual(4.5);
      }
      expect(
        contrastRatio(theme.tokens.color.accentFg[scheme], theme.tokens.color.accent[scheme]),
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(ACCENTS)('offers only accents that read on the base backgrounds: %o', (accent) => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const on of ['bg', 'surface'] as const) {
        expect(contrastRatio(accent[scheme], baseTokens.color[on][scheme])).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(baseTokens.color.accentFg[scheme], accent[scheme])).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('refuses names that cannot be themes, and names already taken', () => {
    for (const bad of ['', 'My Theme', '9lives', 'x', 'trailing-', 'a'.repeat(40)]) {
      expect(() => scaffoldTheme(bad, [])).toThrow(ScaffoldError);
    }
    expect(() => scaffoldTheme('show', ['show'])).toThrow(
      'a theme named "show" already exists (themes/show/)',
    );
    expect(() => scaffoldTheme('base', [])).toThrow(/already exists/);
  });
});
