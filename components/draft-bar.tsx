import type { Translate } from '@/lib/i18n/translate';

/** Shown above a draft preview: what this is, and the way out. */
export function DraftBar({ t }: { t: Translate }) {
  return (
    <div
      role="region"
      aria-label={t('draft.label')}
      className="bg-fg px-4 py-2 text-center font-sans text-small text-bg"
    >
      {t('draft.notice')}{' '}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler, not a page */}
      <a href="/api/preview/end/" className="font-semibold underline">
        {t('draft.exit')}
      </a>
    </div>
  );
}
