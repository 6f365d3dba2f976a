import type { SchemeToggleProps, Translate } from '../../_engine/types';

/** The scheme toggle's words in the site's language (it runs in the browser: it gets strings). */
export const schemeLabels = (t: Translate): SchemeToggleProps['labels'] => ({
  toDark: t('scheme.toDark'),
  toLight: t('scheme.toLight'),
  switch: t('scheme.switch'),
  dark: t('scheme.dark'),
  light: t('scheme.light'),
});
