import { SiteLink } from '@/components/site-link';
import type { ReactNode } from 'react';

/** The frame of the subscribe pages (result, confirm, unsubscribe): a heading, words, what next. */
export function SubscribePanel({
  title,
  children,
  backTo = '/',
}: {
  title: string;
  children: ReactNode;
  backTo?: string;
}) {
  return (
    <div className="mx-auto max-w-measure px-gutter py-16 font-sans">
      <h1 className="font-display text-h1 font-bold leading-tight">{title}</h1>
      <div className="mt-4 space-y-4 text-lead">{children}</div>
      <p className="mt-8">
        <SiteLink href={backTo} className="font-semibold text-accent underline underline-offset-4">
          {backTo === '/' ? 'Go to the front page' : 'Back to where you were'}
        </SiteLink>
      </p>
    </div>
  );
}
