// The shape of a message catalogue (lib/i18n/messages/*.ts).

/** Plural forms by CLDR category, `other` always present: chosen by the `count` variable. */
export type PluralMessage = { other: string } & Partial<
  Record<'zero' | 'one' | 'two' | 'few' | 'many', string>
>;
export type Message = string | PluralMessage;
