import { SiteLink } from '@/components/site-link';
import type { ComponentType } from 'react';
import type { HeaderProps } from '../../_engine/types';
import { SiteLogo } from './site-logo';
import { schemeLabels } from './scheme-labels';

/** The class names that give a header its look; the structure stays the same. */
export interface HeaderLook {
  header: string;
  bar: string;
  title: string;
  /** The logo's size (a max height), when WordPress has one. */
  logo: string;
  tagline: string;
  navigation: string;
}

/**
 * A header with the site's name and tagline, search, the scheme toggle and the sections. Themes
 * that only restyle it pass their own look; themes that restructure it bring their own slot.
 */
export function makeHeader(look: HeaderLook): ComponentType<HeaderProps> {
  function Header({ site, navigation, slots, t }: HeaderProps) {
    const { Navigation, SearchForm, SchemeToggle } = slots;
    return (
      <header className={look.header}>
        <div className={`mx-auto flex max-w-wide flex-wrap justify-between gap-4 px-gutter ${look.bar}`}>
          <div>
            <p className={look.title}>
              <SiteLink href="/" className="inline-flex items-center gap-3 hover:text-accent">
                <SiteLogo logo={site.logo} className={look.logo} />
                {site.name}
              </SiteLink>
            </p>
            {site.description && <p className={look.tagline}>{site.description}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <SearchForm t={t} />
            <SchemeToggle labels={schemeLabels(t)} />
          </div>
        </div>
        <div className={`mx-auto max-w-wide px-gutter ${look.navigation}`}>
          <Navigation items={navigation} label={t('navigation.sections')} />
        </div>
      </header>
    );
  }
  return Header;
}

export const BaseHeader = makeHeader({
  header: 'border-b border-border',
  bar: 'items-center py-6',
  title: 'font-display text-h2 font-bold',
  logo: 'max-h-12',
  tagline: 'mt-1 text-small text-muted',
  navigation: 'pb-3',
});
