import type { ReactNode } from 'react';
import { parseBody } from '@/lib/content/parse';
import { splitAtSubscribe } from '@/lib/content/segments';
import type { ContentElements, Translate } from '@/themes/types';
import { createRenderContext, renderNodes } from './content/render';

interface PostBodyProps {
  /** Sanitized HTML from the data layer (never raw REST content). */
  html: string;
  elements: ContentElements;
  /** The site language's words, for what the content elements say of themselves. */
  t: Translate;
  /** What to show where the subscribe call-to-action goes. */
  subscribe?: ReactNode;
  className?: string;
}

/** A post or page body, rendered through the theme's content elements, with the subscribe box placed. */
export function PostBody({ html, elements, t, subscribe, className }: PostBodyProps) {
  const segments = splitAtSubscribe(parseBody(html), { afterLead: subscribe !== undefined });
  const ctx = createRenderContext(elements, t);
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
