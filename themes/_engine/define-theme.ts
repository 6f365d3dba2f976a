import { buildThemeOptions } from './options/declare';
import { fontPairings } from './options/font-pairings';
import { baseElements, baseSlots, baseTemplates, baseTokens } from '../base';
import { mergeTokens, tokensSchema, type TokenOverrides } from './tokens';
import { elementNames, slotNames, type Theme, type ThemeDefinition } from './types';

export class ThemeContractError extends Error {
  override name = 'ThemeContractError';
}

/** A theme definition as written in a theme folder: identity and token overrides at least. */
export type ThemeInput = Omit<ThemeDefinition, 'tokens'> & { tokens?: TokenOverrides };

/**
 * Completes a theme from its definition: tokens over the base tokens, slots and templates over
 * the base ones. Throws ThemeContractError naming the theme and the broken part.
 */
export function defineTheme(definition: ThemeInput): Theme {
  const merged = mergeTokens(baseTokens, definition.tokens);
  // Buttons are filled with the theme's accent unless it says otherwise (as applyOptions keeps them).
  const tokens = mergeTokens(merged, {
    color: {
      button: definition.tokens?.color?.button ?? merged.color.accent,
      buttonFg: definition.tokens?.color?.buttonFg ?? merged.color.accentFg,
    },
  });
  const theme: Theme = {
    name: definition.name,
    label: definition.label,
    description: definition.description,
    screenshot: definition.screenshot ?? null,
    tokens,
    slots: { ...baseSlots, ...definition.slots },
    elements: { ...baseElements, ...definition.elements },
    templates: { ...baseTemplates, ...definition.templates },
    options: buildThemeOptions(definition.options ?? {}, tokens),
    messages: definition.messages ?? {},
    ...(definition.fromDesign ? { fromDesign: definition.fromDesign } : {}),
  };
  assertTheme(theme);
  return theme;
}

/** Checks a complete theme against the contract. */
export function assertTheme(theme: Theme): void {
  const problems: string[] = [];
  const who = `Theme "${theme.name}"`;
  if (!/^[a-z0-9-]+$/.test(theme.name ?? ''))
    problems.push('its name must be lowercase letters, digits and dashes');
  if (!theme.label) problems.push('it has no label');
  if (!theme.description) problems.push('it has no description');
  for (const slot of slotNames) {
    if (typeof theme.slots[slot] !== 'function')
      problems.push(`slot ${slot} is missing (expected a component)`);
  }
  for (const element of elementNames) {
    if (typeof theme.elements[element] !== 'function') {
      problems.push(`content element ${element} is missing (expected a component)`);
    }
  }
  for (const [name, template] of Object.entries(theme.templates)) {
    if (typeof template !== 'function') problems.push(`template "${name}" is not a component`);
  }
  if (typeof theme.templates.index !== 'function') problems.push('template "index" is missing');
  const tokens = tokensSchema.safeParse(theme.tokens);
  if (!tokens.success) {
    for (const issue of tokens.error.issues) problems.push(`token ${issue.path.join('.')}: ${issue.message}`);
  }
  // With nothing customised, a theme must look exactly as designed.
  const pairing = fontPairings[theme.options.defaults.fontPairing];
  if (pairing.display !== theme.tokens.font.display || pairing.body !== theme.tokens.font.body) {
    problems.push(
      `its default font pairing "${theme.options.defaults.fontPairing}" does not match its font tokens (display, body)`,
    );
  }
  if (problems.length > 0)
    throw new ThemeContractError(`${who} breaks the theme contract: ${problems.join('; ')}`);
}
