import type { SchemeToggleProps, Translate } from '../../_engine/types';

/** The scheme toggle's words in the site's language, for either scheme (both are in its markup). */
export const schemeLabels = (t: Translate): SchemeToggleProps['labels'] => ({
  toDark: t('scheme.toDark'),
  toLight: t('scheme.toLight'),
  dark: t('scheme.dark'),
  light: t('scheme.light'),
});
