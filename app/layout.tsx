import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ErrorTextProvider } from '@/components/error-text';
import { HydrationMark } from '@/components/hydration-mark';
import { IslandsAfterNavigation } from '@/components/islands/islands-after-navigation';
import { PreviewBar } from '@/components/preview-bar';
import { schemeScript } from '@/components/scheme-head-script';
import { webFontsHeadScript } from '@/components/web-fonts/head-script';
import { WarmWebFonts } from '@/components/web-fonts/warm-web-fonts';
import { SpeculationRules } from '@/components/speculation-rules';
import { getRequestTheme } from '@/app/_theme/request-theme';
import { getConfig } from '@/lib/config';
import { textDirection } from '@/lib/i18n/direction';
import {
  getDesignOrNone,
  getWidgetsOrNone,
  getMenusOrNone,
  getSiteOrFallback,
} from '@/server/routing/request-site';
import { themeCss } from '@/themes/_engine/theme-css';
import { webFontsIn, webFontsInUseCss } from '@/components/web-fonts/shipped-fonts';
import '@/styles/globals.css';

/** What readers' pages are (lib/config): documents unless the site keeps the app, or the configuration is bad. */
function readerPages(): 'documents' | 'app' {
  try {
    return getConfig().readerPages;
  } catch {
    return 'documents';
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteOrFallback();
  return {
    title: { default: site.name, template: `%s – ${site.name}` },
    description: site.description,
    // The site icon set in WordPress (Appearance → Customize → Site Identity), else Pressfront's.
    icons: { icon: site.iconUrl ?? '/pressfront-icon.svg', apple: site.iconUrl ?? undefined },
    alternates: { types: { 'application/rss+xml': [{ url: '/feed/', title: `${site.name} feed` }] } },
  };
}

// Every page renders per request: the theme comes from WordPress (activated in wp-admin, read with
// the site's name), from the server's configuration when PRESSFRONT_THEME pins it, or from the
// owner's preview cookie — a switch needs neither a rebuild nor a restart.
// WordPress reads stay cached in the data cache.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ theme, options, t, preview }, site, menus, design, widgets] = await Promise.all([
    getRequestTheme(),
    getSiteOrFallback(),
    getMenusOrNone(),
    getDesignOrNone(),
    getWidgetsOrNone(),
  ]);
  const { Layout } = theme.slots;
  const css = themeCss(theme, options, design);
  const fonts = webFontsIn(css).map(({ key, family, weights }) => ({ key, family, weights }));
  const info = { name: theme.name, label: theme.label };
  const errorText = {
    kicker: t('errorPage.kicker'),
    title: t('errorPage.title'),
    body: t('errorPage.body'),
    retry: t('errorPage.retry'),
  };
  return (
    // The scheme script sets data-scheme and a class before React hydrates: not a mismatch.
    <html
      lang={site.language}
      dir={textDirection(site.language)}
      data-theme={theme.name}
      suppressHydrationWarning
    >
      <head>
        {/* Ours, marked so reader documents keep them (server/page-cache/reader-document.ts). */}
        <script data-pf-script="" dangerouslySetInnerHTML={{ __html: schemeScript }} />
        <script data-pf-script="" dangerouslySetInnerHTML={{ __html: webFontsHeadScript }} />
        <style dangerouslySetInnerHTML={{ __html: css }} />
        {/* Without JavaScript nothing fetches the fonts ahead: the browser does, as it meets them. */}
        <noscript dangerouslySetInnerHTML={{ __html: `<style>${webFontsInUseCss}</style>` }} />
        {/* Documents navigate by full loads, made instant by the browser; the app has its router. */}
        {readerPages() === 'documents' && <SpeculationRules />}
      </head>
      <body>
        {preview && <PreviewBar theme={info} t={t} {...preview} />}
        <Layout
          site={site}
          theme={info}
          navigation={menus.header}
          footerNavigation={menus.footer}
          footerWidgets={widgets.footer}
          slots={theme.slots}
          options={options}
          t={t}
        >
          <ErrorTextProvider text={errorText}>{children}</ErrorTextProvider>
        </Layout>
        <WarmWebFonts fonts={fonts} />
        <HydrationMark />
        <IslandsAfterNavigation />
      </body>
    </html>
  );
}
