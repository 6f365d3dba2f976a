import { signedHeaders } from '@/lib/signing';
import type { OptionField } from '@/themes/_engine/options/declare';

/** Every theme's label (what its footer credits), asked as the companion plugin asks. */
export async function themeLabels(baseURL: string, secret: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseURL}/api/themes/`, { headers: signedHeaders('themes', '', secret) });
  if (!response.ok) throw new Error(`GET /api/themes/ → ${response.status}`);
  const body = (await response.json()) as { themes: { name: string; label: string }[] };
  return Object.fromEntries(body.themes.map((theme) => [theme.name, theme.label]));
}

/** The option fields of every theme a frontend has, asked as the companion plugin asks. */
export async function themeFields(baseURL: string, secret: string): Promise<Record<string, OptionField[]>> {
  const response = await fetch(`${baseURL}/api/themes/`, { headers: signedHeaders('themes', '', secret) });
  if (!response.ok) throw new Error(`GET /api/themes/ → ${response.status}`);
  const body = (await response.json()) as { themes: { name: string; options: OptionField[] }[] };
  return Object.fromEntries(body.themes.map((theme) => [theme.name, theme.options]));
}

/**
 * A value other than the default for every option, each valid: black or white accents (AA on any
 * theme's light or dark background), the next choice, every toggle flipped, other wording.
 */
export function otherValues(
  fields: OptionField[],
  ctaText = 'Get the week’s stories by mail',
): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((field) => {
      switch (field.kind) {
        case 'color':
          return [field.name, field.scheme === 'dark' ? '#ffffff' : '#000000'];
        case 'choice':
          return [field.name, field.choices?.find((c) => c.value !== field.default)?.value ?? field.default];
        case 'toggle':
          return [field.name, !field.default];
        case 'text':
          return [field.name, ctaText];
      }
    }),
  );
}
