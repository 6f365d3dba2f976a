import { SiteLink } from '@/components/site-link';
import { SiteLogo } from '../../base/components/site-logo';
import { schemeLabels } from '../../base/components/scheme-labels';
import type { HeaderProps } from '../../_engine/types';

/** A centred title page: the name, the tagline in italics, the sections in a quiet line. */
export function PaperHeader({ site, navigation, slots, t }: HeaderProps) {
  const { Navigation, SearchForm, SchemeToggle } = slots;
  return (
    <header className="mx-auto max-w-wide px-gutter pt-10 text-center">
      <p className="font-display text-h1 font-semibold tracking-tight">
        <SiteLink href="/" className="inline-flex flex-col items-center gap-3 hover:text-accent">
          <SiteLogo logo={site.logo} className="max-h-16" />
          {site.name}
        </SiteLink>
      </p>
      {site.description && <p className="mt-2 font-body text-lead italic text-muted">{site.description}</p>}
      <div className="mt-6 flex flex-col items-center gap-4 border-y border-border py-4 [font-variant-caps:small-caps]">
        <Navigation items={navigation} label={t('navigation.sections')} />
        <div className="flex flex-wrap items-center justify-center gap-3">
          <SearchForm t={t} />
          <SchemeToggle labels={schemeLabels(t)} />
        </div>
      </div>
    </header>
  );
}
