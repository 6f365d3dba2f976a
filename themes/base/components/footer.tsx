import { currentYear } from '@/lib/format/date';
import type { FooterProps } from '../../types';

export function BaseFooter({ site, theme, navigation, slots, options }: FooterProps) {
  const { SubscribeCta, Navigation } = slots;
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className="mx-auto max-w-wide px-gutter py-10">
        <SubscribeCta variant="footer" options={options} />
        <div className="mt-8">
          <Navigation items={navigation} label="Footer" />
        </div>
        <p className="mt-8 text-small text-muted">
          © {currentYear(site.timeZone)} {site.name} · {theme.label} theme for Pressfront
        </p>
      </div>
    </footer>
  );
}
