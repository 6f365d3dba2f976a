import { pageStore } from './store';

/** Drops the kept pages that read any of these tags; call it wherever a tag is revalidated. */
export function expirePages(tags: string[]): number {
  return pageStore().expire(tags);
}
