import { getConfig } from '../config';
import type { ContentPolicy } from '../content/sanitize';

/** What the sanitizer needs to know about this site: its WordPress and the embeds it allows. */
export function contentPolicy(): ContentPolicy {
  const { wordpressHomeUrl, embedHosts } = getConfig();
  return { wordpressUrl: wordpressHomeUrl, embedHosts };
}
