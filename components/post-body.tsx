import type { ReactNode } from 'react';
import { parseBody } from '@/lib/content/parse';
import { splitAtSubscribe } from '@/lib/content/segments';
import type { ContentElements, Translate } from '@/themes/types';
import { createRenderContext, openingNodes, renderNodes } from './content/render';

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

/** A post or page body, rendered through the theme's content elements, with the subscribe box placed. */
export function PostBody({ html, elements, t, subscribe, leadImage = false, className }: PostBodyProps) {
  const nodes = parseBody(html);
  const segments = splitAtSubscribe(nodes, { afterLead: subscribe !== undefined });
  const ctx = createRenderContext(elements, t, leadImage ? openingNodes(nodes) : []);
  return (
    <div className={className}>
      {segments.map((segment, i) =>
        segment.kind === 'subscribe' ? (
          subscribe && <div key={i}>{subscribe}</div>
        ) : (
          <div key={i} className="contents">
            {renderNodes(segment.nodes, ctx)}
          </div>
        ),
      )}
    </div>
  );
}
