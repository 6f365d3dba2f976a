import type { ReactNode } from 'react';
import { SiteLink } from '@/components/site-link';
import type { Translate } from '@/lib/i18n/translate';

/** The frame of the subscribe pages (result, confirm, unsubscribe): a heading, words, what next. */
export function SubscribePanel({
  title,
  children,
  backTo = '/',
  t,
}: {
  title: string;
  children: ReactNode;
  backTo?: string;
  t: Translate;
}) {
  return (
    <div className="mx-auto max-w-measure px-gutter py-16 font-sans">
      <h1 className="font-display text-h1 font-bold leading-tight">{title}</h1>
      <div className="mt-4 space-y-4 text-lead">{children}</div>
      <p className="mt-8">
        <SiteLink href={backTo} className="font-semibold text-accent underline underline-offset-4">
          {backTo === '/' ? t('notFound.home') : t('subscribePage.back')}
        </SiteLink>
      </p>
    </div>
  );
}
