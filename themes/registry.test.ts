import { describe, expect, it } from 'vitest';
import { getTheme, themes } from './registry';

describe('theme registry', () => {
  it('has the default theme', () => {
    expect(getTheme('show').name).toBe('show');
    expect(Object.keys(themes)).toContain('show');
  });

  it('names the installed themes when asked for a missing one', () => {
    expect(() => getTheme('nope')).toThrow('PRESSFRONT_THEME "nope" is not installed (installed: show)');
  });

  it('keys every theme by its own name', () => {
    for (const [key, theme] of Object.entries(themes)) expect(theme.name).toBe(key);
  });
});
