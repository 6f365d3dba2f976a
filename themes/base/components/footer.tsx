import { currentYear } from '@/lib/format/date';
import type { FooterProps } from '../../_engine/types';
import { WidgetList } from './widget-list';

export function BaseFooter({ site, theme, navigation, widgets, slots, options, t }: FooterProps) {
  const { SubscribeCta, Navigation } = slots;
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className="mx-auto max-w-wide px-gutter py-10">
        {widgets.length > 0 && (
          <section
            aria-label={t('footer.widgets')}
            className="pf-widgets mb-8 grid gap-8 sm:grid-cols-2 lg:grid-cols-3"
          >
            <WidgetList widgets={widgets} slots={slots} t={t} />
          </section>
        )}
        <SubscribeCta t={t} variant="footer" options={options} />
        <div className="mt-8">
          <Navigation items={navigation} label={t('navigation.footer')} />
        </div>
        <p className="mt-8 text-small text-muted">
          © {currentYear(site.timeZone)} {site.name} · {t('footer.credit', { theme: theme.label })}
        </p>
      </div>
    </footer>
  );
}
