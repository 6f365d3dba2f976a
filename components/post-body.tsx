import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { parseBody } from '@/lib/content/parse';
import { splitAtSubscribe } from '@/lib/content/segments';
import type { Translate } from '@/lib/i18n/translate';
import type { ContentElements } from './content/elements';
import { createRenderContext, openingNodes, renderNodes } from './content/render';
import { staticMarkup } from './content/static-markup';

interface PostBodyProps {
  /** Sanitized HTML from the data layer (never raw REST content). */
  html: string;
  elements: ContentElements;
  /** The site language's words, for what the content elements say of themselves. */
  t: Translate;
  /** What to show where the subscribe call-to-action goes. */
  subscribe?: ReactNode;
  /** Nothing above the body has an image: an image the body opens with is the page's lead. */
  leadImage?: boolean;
  className?: string;
}

/**
 * A post or page body, rendered through the theme's content elements, with the subscribe box placed.
 * The content itself never changes in the browser: each run of it is written out once as HTML
 * (content/static-markup.ts, byte-for-byte what React would write) and left out of hydration; only
 * the subscribe box between runs is React's to bring to life.
 */
export function PostBody({ html, elements, t, subscribe, leadImage = false, className }: PostBodyProps) {
  const nodes = parseBody(html);
  const segments = splitAtSubscribe(nodes, { afterLead: subscribe !== undefined });
  const ctx = createRenderContext(elements, t, leadImage ? openingNodes(nodes) : []);
  const rendered = segments.map((segment, i) =>
    segment.kind === 'subscribe' ? (
      subscribe && <div key={i}>{subscribe}</div>
    ) : (
      <div
        key={i}
        className="contents"
        dangerouslySetInnerHTML={{ __html: staticMarkup(renderNodes(segment.nodes, ctx)) }}
      />
    ),
  );
  // What React does for an eager, high-priority <img> it renders itself: the lead image is asked
  // for from the <head>, before the body's HTML arrives.
  const lead = ctx.lead.image;
  if (lead?.src) {
    preload(lead.src, {
      as: 'image',
      fetchPriority: 'high',
      ...(lead.srcSet ? { imageSrcSet: lead.srcSet, imageSizes: lead.sizes } : {}),
    });
  }
  return <div className={className}>{rendered}</div>;
}
