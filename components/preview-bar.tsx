import type { Translate } from '@/lib/i18n/translate';

interface PreviewBarProps {
  /** The theme being previewed: its name and the label the bar shows. */
  theme: { name: string; label: string };
  t: Translate;
  /** wp-admin's address that activates this theme; null when the preview did not come from there. */
  activateUrl: string | null;
  /** The end route, with the way back to wp-admin signed in when the preview came from there. */
  exitHref: string;
}

/**
 * Shown to a site owner previewing a theme: what they are looking at, "Activate" and "Exit". Plain
 * links (no JavaScript), aimed at the top window: the preview may sit in wp-admin's Customise frame.
 */
export function PreviewBar({ theme, t, activateUrl, exitHref }: PreviewBarProps) {
  return (
    <div
      role="region"
      aria-label={t('preview.theme')}
      className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1 bg-fg px-4 py-2 font-sans text-small text-bg"
    >
      <span>{t('preview.themeNotice', { theme: theme.label })}</span>
      {activateUrl && (
        <a href={activateUrl} target="_top" className="font-semibold underline">
          {t('preview.activate')}
        </a>
      )}
      {/* The end route clears the preview, then leads back to wp-admin when that is where it began. */}
      <a href={exitHref} target="_top" className="font-semibold underline">
        {t('preview.exit')}
      </a>
    </div>
  );
}
