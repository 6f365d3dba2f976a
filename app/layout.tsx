import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PreviewBar } from '@/components/preview-bar';
import { schemeScript } from '@/components/scheme';
import { getRequestTheme } from '@/lib/preview/request-theme';
import { getNavigationOrNone, getSiteOrFallback } from '@/lib/routing/site';
import { themeCss } from '@/themes/theme-css';
import '@/styles/globals.css';
import { fontVariables } from './fonts';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteOrFallback();
  return {
    title: { default: site.name, template: `%s – ${site.name}` },
    description: site.description,
  };
}

// Every page renders per request: the theme comes from the server's configuration (or the owner's
// preview cookie), so a restart with another PRESSFRONT_THEME changes the site without a rebuild.
// WordPress reads stay cached in the data cache.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ theme, previewing }, site, navigation] = await Promise.all([
    getRequestTheme(),
    getSiteOrFallback(),
    getNavigationOrNone(),
  ]);
  const { Layout } = theme.slots;
  const info = { name: theme.name, label: theme.label };
  return (
    // The scheme script sets data-scheme and a class before React hydrates: not a mismatch.
    <html lang="en" data-theme={theme.name} className={fontVariables} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: schemeScript }} />
        <style dangerouslySetInnerHTML={{ __html: themeCss(theme) }} />
      </head>
      <body>
        {previewing && <PreviewBar theme={info} />}
        <Layout site={site} theme={info} navigation={navigation} slots={theme.slots}>
          {children}
        </Layout>
      </body>
    </html>
  );
}
