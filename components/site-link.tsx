import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Next's Link without prefetching. By default every link that scrolls into view fetches its
 * page's payload: on a home page with thirty story links that is thirty requests and their
 * parsing on the reader's phone while the page itself is still loading (Lighthouse counted it
 * in blocking time). A click still navigates in place; the page is fetched then.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
