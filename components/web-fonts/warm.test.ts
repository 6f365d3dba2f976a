import { describe, expect, it } from 'vitest';
import { WEB_FONTS_STORAGE_KEY, webFonts, webFontsIn } from '@/components/web-fonts/shipped-fonts';
import { fontStacks } from '@/components/web-fonts/font-stacks';
import { webFontsHeadScript } from './head-script';
import {
  type FontSource,
  applyWarmedFonts,
  mayWarmFonts,
  rememberWarmed,
  warmFonts,
  warmedFonts,
} from './warm';

const faces = [
  { family: '"Inter Variable"', style: 'normal', weight: '100 399' }, // light weights: a face of their own
  { family: '"Inter Variable"', style: 'normal', weight: '400 900' },
  { family: '"Inter Variable"', style: 'normal', weight: '400 900' }, // another subset, same variant
  { family: '"Source Serif 4 Variable"', style: 'normal', weight: '200 399' },
  { family: '"Source Serif 4 Variable"', style: 'normal', weight: '400 900' },
  { family: '"Source Serif 4 Variable"', style: 'italic', weight: '400 900' },
];

function fontSet(fail: (font: string) => boolean = () => false) {
  const asked: { font: string; text?: string }[] = [];
  const source: FontSource = {
    forEach: (callback) => faces.forEach(callback),
    load: (font, text) => {
      asked.push({ font, text });
      return fail(font) ? Promise.reject(new Error('network')) : Promise.resolve([{}]);
    },
  };
  return { source, asked };
}

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[WEB_FONTS_STORAGE_KEY, initial]]);
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

describe('warming the theme’s fonts for the next page', () => {
  it('asks for every style each font declares, once per style, in the themes’ weights, with the page’s text', async () => {
    const { source, asked } = fontSet();
    const keys = await warmFonts([webFonts.inter, webFonts.sourceSerif], 'Zażółć', source);
    expect(keys).toEqual(['inter', 'source-serif']);
    expect(asked).toEqual([
      { font: 'normal 400 16px "Inter Variable"', text: 'Zażółć' },
      { font: 'normal 400 16px "Source Serif 4 Variable"', text: 'Zażółć' },
      { font: 'italic 400 16px "Source Serif 4 Variable"', text: 'Zażółć' },
    ]);
  });

  it('does not count a font as fetched when one of its downloads failed, nor one without rules', async () => {
    const { source } = fontSet((font) => font.startsWith('italic'));
    const unknown = { key: 'nope', family: 'No Such Family', weights: { min: 400, max: 900 } };
    expect(await warmFonts([webFonts.inter, webFonts.sourceSerif, unknown], 'a', source)).toEqual(['inter']);
  });

  it('remembers fetched fonts beside earlier ones, and survives storage that refuses', () => {
    const storage = memoryStorage('source-serif');
    rememberWarmed(storage, ['inter']);
    expect(storage.items.get(WEB_FONTS_STORAGE_KEY)).toBe('inter source-serif');
    expect(warmedFonts(storage)).toEqual(new Set(['inter', 'source-serif']));
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(warmedFonts(refusing)).toEqual(new Set());
    expect(() => rememberWarmed(refusing, ['inter'])).not.toThrow();
    expect(warmedFonts(undefined)).toEqual(new Set());
  });

  it('fetches nothing for a reader who asked to save data', () => {
    expect(mayWarmFonts({ connection: { saveData: true } })).toBe(false);
    expect(mayWarmFonts({ connection: { saveData: false } })).toBe(true);
    expect(mayWarmFonts({})).toBe(true); // Firefox and Safari: no Network Information API
    expect(mayWarmFonts(undefined)).toBe(true);
  });

  it('puts only fetched fonts of this theme to use', () => {
    const classes = new Set<string>();
    const root = { classList: { add: (c: string) => void classes.add(c) } } as unknown as Element;
    applyWarmedFonts(root, [webFonts.inter, webFonts.sourceSerif], new Set(['source-serif', 'other']));
    expect([...classes]).toEqual(['pf-font-source-serif']);
  });
});

describe('the head script', () => {
  function run(stored: string | null) {
    const classes: string[] = [];
    const document = { documentElement: { classList: { add: (c: string) => classes.push(c) } } };
    const localStorage = { getItem: () => stored };
    new Function('document', 'localStorage', webFontsHeadScript)(document, localStorage);
    return classes;
  }

  it('uses the fonts the browser has fetched from the first paint, and nothing else', () => {
    expect(run('inter source-serif')).toEqual(['pf-font-inter', 'pf-font-source-serif']);
    expect(run(null)).toEqual([]);
    expect(run('inter "><script> x y Z')).toEqual(['pf-font-inter', 'pf-font-x', 'pf-font-y']);
  });
});

describe('the fonts a theme uses', () => {
  it('are those its stacks name', () => {
    expect(webFontsIn(`--display: ${fontStacks.sourceSerif};`)).toEqual([webFonts.sourceSerif]);
    expect(webFontsIn(`--a: ${fontStacks.inter}; --b: ${fontStacks.sourceSerif}`)).toHaveLength(2);
    expect(webFontsIn('--sans: system-ui')).toEqual([]);
  });
});
