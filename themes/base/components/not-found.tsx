import { SiteLink } from '@/components/site-link';
import type { NotFoundProps } from '../../_engine/types';

export function BaseNotFound({ site, slots, t }: NotFoundProps) {
  const { SearchForm } = slots;
  return (
    <div className="mx-auto max-w-measure px-gutter py-20 text-center">
      <p className="font-sans text-small font-bold uppercase tracking-widest text-accent">
        {t('notFound.kicker')}
      </p>
      <h1 className="mt-3 font-display text-h1 font-bold">{t('notFound.title')}</h1>
      <p className="mt-4 font-body text-lead text-muted">{t('notFound.body', { site: site.name })}</p>
      <div className="mt-8 flex flex-col items-center gap-6">
        <SearchForm t={t} />
        <SiteLink
          href="/"
          className="rounded-button bg-button px-4 py-2 font-semibold text-button-fg hover:opacity-90"
        >
          {t('notFound.home')}
        </SiteLink>
      </div>
    </div>
  );
}
