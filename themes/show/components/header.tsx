import { makeHeader } from '../../base/components/header';

/** A bold masthead over a red rule, with the sections as a bar below. */
export const ShowHeader = makeHeader({
  header: 'border-b-4 border-accent',
  bar: 'items-end pt-6 sm:pt-8',
  title: 'font-display text-3xl font-black uppercase tracking-tight sm:text-5xl',
  logo: 'max-h-10 sm:max-h-14',
  tagline: 'mt-2 text-small text-muted sm:text-base',
  navigation: 'mt-4 border-t border-border py-3 font-semibold uppercase tracking-wide',
});
