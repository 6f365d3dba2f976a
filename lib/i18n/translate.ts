import { logOnce } from '../log';
import type { Message } from './catalogue';
import { ar } from './messages/ar';
import { type Catalogue, en, type MessageKey } from './messages/en';
import { pt } from './messages/pt';

// The words the interface shows, in the site's language (WordPress's setting, read with the site's
// settings): one catalogue per language, English the source and the fallback. A catalogue that
// lacks a key shows it in English and says so once per key; a theme may add or override strings.

export type { Catalogue, MessageKey };
/** A complete catalogue: every key English has. */
export type Overrides = Partial<Record<MessageKey, Message>>;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const catalogues: Record<string, Partial<Catalogue>> = { en, pt, ar };

/** The catalogue for a BCP 47 language ("pt-PT" → pt), or English. */
export function catalogueLanguage(language: string): string {
  const lower = language.toLowerCase().replace('_', '-');
  if (Object.hasOwn(catalogues, lower)) return lower;
  const base = lower.split('-')[0] ?? '';
  return Object.hasOwn(catalogues, base) ? base : 'en';
}

// Intl objects are dear to make and cheap to use: one plural-rules object per locale, kept.
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function format(message: Message, language: string, vars: Vars): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(vars.count ?? 0);
    const category = count === 0 && message.zero !== undefined ? 'zero' : pluralCategory(language, count);
    text = message[category as keyof typeof message] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * The locale whose plural rules apply: the site's own tag (pt-PT counts differently from pt) when
 * Intl knows it, WordPress's underscore spelling mended; else the catalogue's language.
 */
function pluralLocale(language: string, fallback: string): string {
  const tag = language.replace(/_/g, '-');
  try {
    return Intl.PluralRules.supportedLocalesOf([tag]).length > 0 ? tag : fallback;
  } catch {
    return fallback;
  }
}

const made = new Map<string, Translate>();

/** A theme's strings without holes: an `undefined` must not hide the catalogue's text. */
const defined = (overrides: Overrides | undefined): Overrides =>
  Object.fromEntries(Object.entries(overrides ?? {}).filter(([, m]) => m !== undefined));

/**
 * A translator for the site's language, with a theme's own strings (by language) over the
 * catalogue. Made once per locale (pt-PT and pt-BR share words, not plural rules) and theme.
 */
export function translator(
  language: string,
  themeMessages?: Record<string, Overrides>,
  themeName = '',
): Translate {
  let t = made.get(`${language}|${themeName}`);
  if (t) return t;
  const lang = catalogueLanguage(language);
  const locale = pluralLocale(language, lang);
  const key = `${locale}|${themeName}`;
  t = made.get(key);
  if (!t) {
    const chosen: Partial<Catalogue> = { ...catalogues[lang], ...defined(themeMessages?.[lang]) };
    const english: Catalogue = { ...en, ...defined(themeMessages?.en) };
    t = (id, vars = {}) => {
      const message = chosen[id];
      if (message === undefined) {
        logOnce(`i18n:${lang}:${id}`, 'warn', 'i18n', {
          message: `No "${lang}" text for "${id}": showing the English one`,
        });
        return format(english[id], 'en', vars);
      }
      return format(message, locale, vars);
    };
    made.set(key, t);
  }
  // Also under the language as WordPress spells it, so the next render skips the locale lookup.
  made.set(`${language}|${themeName}`, t);
  return t;
}

/** The installed catalogues, for tests. */
export const installedCatalogues = catalogues;
