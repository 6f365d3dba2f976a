import { currentYear } from '@/lib/format/date';
import type { Site } from '@/lib/wordpress';
import { SubscribeCta } from './subscribe-cta';

export function Footer({ site }: { site: Site }) {
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className="mx-auto max-w-wide px-4 py-10">
        <SubscribeCta variant="footer" />
        <p className="mt-8 text-sm text-muted">
          © {currentYear(site.timeZone)} {site.name} · Show theme for Pressfront
        </p>
      </div>
    </footer>
  );
}
