import type { LayoutProps } from '../../_engine/types';

export function BaseLayout({
  site,
  theme,
  navigation,
  footerNavigation,
  footerWidgets,
  slots,
  options,
  t,
  children,
}: LayoutProps) {
  const { Header, Footer } = slots;
  return (
    <div className="flex min-h-screen flex-col bg-bg text-fg">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-accent focus:px-4 focus:py-2 focus:text-accent-fg"
      >
        {t('layout.skipToContent')}
      </a>
      <Header t={t} site={site} navigation={navigation} slots={slots} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <Footer
        t={t}
        site={site}
        theme={theme}
        navigation={footerNavigation}
        widgets={footerWidgets}
        slots={slots}
        options={options}
      />
    </div>
  );
}
