/** A token from a mail's link, as the page's search params give it. */
export type TokenParams = Promise<{ token?: string | string[] }>;

/**
 * What a link from a mail did: the provider's outcome for a well-formed token, "unknown" for a
 * missing or malformed one (never sent on), "unavailable" when the provider could not be reached.
 */
export async function followMailLink<T extends string>(
  params: TokenParams,
  shape: RegExp,
  act: (token: string) => Promise<T>,
): Promise<T | 'unknown' | 'unavailable'> {
  const { token } = await params;
  if (typeof token !== 'string' || !shape.test(token)) return 'unknown';
  return act(token).catch(() => 'unavailable' as const);
}
