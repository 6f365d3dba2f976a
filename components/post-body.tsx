import type { ReactNode } from 'react';
import { splitAtSubscribe } from '@/lib/content/segments';

interface PostBodyProps {
  /** Sanitized HTML from the data layer (never raw REST content). */
  html: string;
  /** What to show where the subscribe call-to-action goes. */
  subscribe?: ReactNode;
  className?: string;
}

/** A post or page body, with the theme's subscribe call-to-action placed where it belongs. */
export function PostBody({ html, subscribe, className }: PostBodyProps) {
  const segments = splitAtSubscribe(html, { afterLead: subscribe !== undefined });
  return (
    <div className={className}>
      {segments.map((segment, i) =>
        segment.kind === 'subscribe' ? (
          subscribe && <div key={i}>{subscribe}</div>
        ) : (
          // The HTML was sanitized by lib/content/sanitize before it reached us.
          <div key={i} className="contents" dangerouslySetInnerHTML={{ __html: segment.html }} />
        ),
      )}
    </div>
  );
}
