import { z } from 'zod';
import type { ThemeTokens, TokenOverrides } from '../tokens';
import { AA_TEXT, accentBackgrounds, accentContrastProblem, type Scheme } from './contrast-guard';
import { type FontPairingName, fontPairingNames, fontPairings } from './font-pairings';

// Theme options: what a site owner may change about a theme in wp-admin, without a developer. The
// set of options is the same for every theme (so templates can rely on them); what each offers —
// its layouts, its font pairings, its defaults — is the theme's. From one declaration come the
// zod schema (the frontend's check on save and on every read), the defaults, and the description
// of the form wp-admin renders (fields, served by /api/themes/).

export interface ThemeOptionValues {
  /** Links, buttons and highlights in the light scheme (#rrggbb). */
  accent: string;
  /** The same in the dark scheme. */
  accentDark: string;
  fontPairing: FontPairingName;
  /** One of the theme's layout variants (`ThemeOptionsDeclaration.layout`). */
  layout: string;
  showAuthor: boolean;
  showDate: boolean;
  showReadingTime: boolean;
  /** The subscribe call-to-action inside posts (the footer's stays). */
  showSubscribeCta: boolean;
  /** The call-to-action's heading. */
  ctaText: string;
}
export type OptionName = keyof ThemeOptionValues;

export interface LayoutChoice {
  value: string;
  label: string;
  /** Tokens the variant changes (a column width…); templates may also read `options.layout`. */
  tokens?: TokenOverrides;
}

/** What a theme folder declares; everything is optional and falls back to the base theme's. */
export interface ThemeOptionsDeclaration {
  /** The pairings offered, the first being the default: it must match the theme's font tokens. */
  fontPairings?: readonly [FontPairingName, ...FontPairingName[]];
  /** The layout variants offered, the first being the default. */
  layout?: { label: string; help: string; choices: readonly [LayoutChoice, ...LayoutChoice[]] };
  defaults?: Partial<
    Pick<ThemeOptionValues, 'showAuthor' | 'showDate' | 'showReadingTime' | 'showSubscribeCta' | 'ctaText'>
  >;
  /**
   * Colours and fonts come from the site's design (a theme with `fromDesign`): wp-admin offers no
   * accent or font fields — the owner changes those in the Site Editor's Styles.
   */
  designOwned?: boolean;
}

interface FieldBase<N extends OptionName> {
  name: N;
  label: string;
  help: string;
}
/** A form field as wp-admin renders it: plain JSON. */
export type OptionField =
  | (FieldBase<'accent' | 'accentDark'> & {
      kind: 'color';
      default: string;
      scheme: Scheme;
      /** The colours it must contrast with, so the form can refuse a colour before saving. */
      against: { name: string; hex: string }[];
      minimumRatio: number;
    })
  | (FieldBase<'fontPairing' | 'layout'> & {
      kind: 'choice';
      default: string;
      choices: { value: string; label: string }[];
    })
  | (FieldBase<'showAuthor' | 'showDate' | 'showReadingTime' | 'showSubscribeCta'> & {
      kind: 'toggle';
      default: boolean;
    })
  | (FieldBase<'ctaText'> & { kind: 'text'; default: string; maxLength: number });

export type OptionsCheck =
  | { ok: true; values: ThemeOptionValues }
  /** Per option; `options` when what came is not a set of options at all. */
  | { ok: false; errors: Partial<Record<OptionName | 'options', string>> };

export interface ThemeOptions {
  fields: OptionField[];
  defaults: ThemeOptionValues;
  schema: z.ZodType<ThemeOptionValues>;
  /** For saving: every value must be valid (missing ones take their default). */
  validate(raw: unknown): OptionsCheck;
  /** For what WordPress stored: an invalid value becomes its default, and is named in `problems`. */
  read(raw: unknown): { values: ThemeOptionValues; problems: string[] };
  /** The token changes of a layout variant. */
  layoutTokens(layout: string): TokenOverrides | undefined;
}

export const CTA_MAX_LENGTH = 120;

const baseLayout: NonNullable<ThemeOptionsDeclaration['layout']> = {
  label: 'Story listings',
  help: 'How the front page and archives list stories.',
  choices: [
    { value: 'list', label: 'One column, story under story' },
    { value: 'grid', label: 'A grid of cards' },
  ],
};

/** The call-to-action's words until the owner changes them: shown in the site's language then. */
export const DEFAULT_CTA_TEXT = 'Thank you for reading — don’t forget to subscribe!';

const baseDefaults = {
  showAuthor: true,
  showDate: true,
  showReadingTime: true,
  showSubscribeCta: true,
  ctaText: DEFAULT_CTA_TEXT,
};

const hexSchema = z
  .string({ error: 'expected a colour like #1d4ed8' })
  .regex(/^#[0-9a-f]{6}$/i, { error: 'expected a colour like #1d4ed8' })
  .transform((hex) => hex.toLowerCase());

function fieldSchema(field: OptionField, tokens: ThemeTokens): z.ZodType {
  switch (field.kind) {
    case 'color':
      return hexSchema.superRefine((hex, ctx) => {
        const problem = accentContrastProblem(hex, tokens, field.scheme);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      });
    case 'choice': {
      const values = field.choices.map((c) => c.value);
      return z.string().refine((v) => values.includes(v), { error: `expected one of: ${values.join(', ')}` });
    }
    case 'toggle':
      return z.boolean({ error: 'expected true or false' });
    case 'text':
      return z
        .string({ error: 'expected text' })
        .transform((s) => s.replace(/\s+/g, ' ').trim())
        .pipe(
          z
            .string()
            .min(1, { error: 'cannot be empty' })
            .max(field.maxLength, { error: `at most ${field.maxLength} characters` }),
        );
  }
}

/** Builds a theme's options from its declaration and its (complete) tokens. */
export function buildThemeOptions(declaration: ThemeOptionsDeclaration, tokens: ThemeTokens): ThemeOptions {
  const pairings = declaration.fontPairings ?? fontPairingNames;
  const layout = declaration.layout ?? baseLayout;
  const d = { ...baseDefaults, ...declaration.defaults };
  const color = (name: 'accent' | 'accentDark', scheme: Scheme, label: string): OptionField => ({
    name,
    kind: 'color',
    label,
    help: `Links, buttons and highlights in the ${scheme} scheme. It must read on the theme’s ${scheme} background (WCAG AA, ${AA_TEXT}:1).`,
    default: tokens.color.accent[scheme],
    scheme,
    against: accentBackgrounds(tokens, scheme),
    minimumRatio: AA_TEXT,
  });
  const toggle = (
    name: 'showAuthor' | 'showDate' | 'showReadingTime' | 'showSubscribeCta',
    label: string,
    help: string,
  ): OptionField => ({
    name,
    kind: 'toggle',
    label,
    help,
    default: d[name],
  });
  const fields: OptionField[] = [
    color('accent', 'light', 'Accent colour'),
    color('accentDark', 'dark', 'Accent colour, dark scheme'),
    {
      name: 'fontPairing',
      kind: 'choice',
      label: 'Fonts',
      help: 'Headlines and body text, among the fonts this theme ships.',
      default: pairings[0],
      choices: pairings.map((value) => ({ value, label: fontPairings[value].label })),
    },
    {
      name: 'layout',
      kind: 'choice',
      label: layout.label,
      help: layout.help,
      default: layout.choices[0].value,
      choices: layout.choices.map(({ value, label }) => ({ value, label })),
    },
    toggle('showAuthor', 'Show the author', 'The byline on stories and cards.'),
    toggle('showDate', 'Show the date', 'When a story was published, on stories and cards.'),
    toggle('showReadingTime', 'Show the reading time', 'Minutes to read, on a story’s page.'),
    toggle(
      'showSubscribeCta',
      'Subscribe call-to-action in posts',
      'The sign-up box after a story’s text; the footer keeps its own.',
    ),
    {
      name: 'ctaText',
      kind: 'text',
      label: 'Call-to-action wording',
      help: 'The heading of the subscribe box.',
      default: d.ctaText,
      maxLength: CTA_MAX_LENGTH,
    },
  ];
  const shape = Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f, tokens)]));
  const defaults = Object.fromEntries(fields.map((f) => [f.name, f.default])) as unknown as ThemeOptionValues;
  const schema = z.object(
    Object.fromEntries(
      fields.map((f) => [f.name, (shape[f.name] as z.ZodType).optional().transform((v) => v ?? f.default)]),
    ),
  ) as unknown as z.ZodType<ThemeOptionValues>;

  const designFields: OptionName[] = ['accent', 'accentDark', 'fontPairing'];
  return {
    fields: declaration.designOwned ? fields.filter((f) => !designFields.includes(f.name)) : fields,
    defaults,
    schema,
    validate(raw) {
      const result = schema.safeParse(raw ?? {});
      if (result.success) return { ok: true, values: result.data };
      const errors: Partial<Record<OptionName | 'options', string>> = {};
      for (const issue of result.error.issues) {
        const field = fields.find((f) => f.name === issue.path[0]);
        if (field) errors[field.name] ??= `${field.label}: ${issue.message}`;
        else errors.options ??= `expected an object of option values (${issue.message})`;
      }
      return { ok: false, errors };
    },
    read(raw) {
      const values = { ...defaults } as Record<string, unknown>;
      const problems: string[] = [];
      if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
        return { values: defaults, problems: ['the stored options are not an object'] };
      }
      const stored = (raw ?? {}) as Record<string, unknown>;
      for (const field of fields) {
        if (!Object.hasOwn(stored, field.name)) continue;
        const result = (shape[field.name] as z.ZodType).safeParse(stored[field.name]);
        if (result.success) values[field.name] = result.data;
        else problems.push(`${field.name}: ${result.error.issues[0]?.message ?? 'invalid'}`);
      }
      return { values: values as unknown as ThemeOptionValues, problems };
    },
    layoutTokens(value) {
      return layout.choices.find((c) => c.value === value)?.tokens;
    },
  };
}
