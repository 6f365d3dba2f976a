import { describe, expect, it } from 'vitest';
import { baseSlots } from '../base';
import { assertTheme, defineTheme, ThemeContractError } from './define-theme';
import { themes } from './registry';

describe('defineTheme', () => {
  it('makes a complete theme from identity alone', () => {
    const theme = defineTheme({ name: 'bare', label: 'Bare', description: 'Nothing but a name' });
    expect(theme.slots).toEqual(baseSlots);
    expect(typeof theme.templates.index).toBe('function');
    expect(theme.screenshot).toBeNull();
  });

  it('names the theme and the broken slot', () => {
    expect(() =>
      defineTheme({
        name: 'broken',
        label: 'Broken',
        description: 'x',
        slots: { Header: 'not a component' as never },
      }),
    ).toThrow(
      new ThemeContractError(
        'Theme "broken" breaks the theme contract: slot Header is missing (expected a component)',
      ),
    );
  });

  it('names the theme and the bad token', () => {
    expect(() =>
      defineTheme({
        name: 'pale',
        label: 'Pale',
        description: 'x',
        tokens: { color: { fg: { light: 'grey' } } },
      }),
    ).toThrow('Theme "pale" breaks the theme contract: token color.fg.light: expected a #rrggbb colour');
  });

  it('rejects a name that cannot be a data attribute or folder', () => {
    expect(() => defineTheme({ name: 'My Theme', label: 'Mine', description: 'x' })).toThrow(
      /lowercase letters/,
    );
  });

  it('reports a removed index template', () => {
    const theme = defineTheme({ name: 'ok', label: 'OK', description: 'x' });
    expect(() =>
      assertTheme({ ...theme, templates: { ...theme.templates, index: undefined as never } }),
    ).toThrow(
      'Theme "ok" breaks the theme contract: template "index" is not a component; template "index" is missing',
    );
  });
});

describe('installed themes', () => {
  it.each(Object.values(themes))('$name keeps the contract', (theme) => {
    expect(() => assertTheme(theme)).not.toThrow();
  });
});
