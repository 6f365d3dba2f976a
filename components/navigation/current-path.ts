import { headers } from 'next/headers';

/**
 * The request header the proxy sets on every request it passes on to the pages, to the path the
 * reader asked for (a reader's own header of that name is replaced): the one place a layout's
 * server components can learn it, to mark the menu's current item in the document itself.
 */
export const REQUEST_PATH_HEADER = 'x-pressfront-path';

/** The path of the page being rendered; "" where no proxy said (a test's render). */
export async function currentPath(): Promise<string> {
  return (await headers()).get(REQUEST_PATH_HEADER) ?? '';
}
