import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { getSiteOrFallback } from '@/lib/routing/site';
import { getActiveTheme } from '@/themes/registry';
import '@/styles/globals.css';
import { fontVariables } from './fonts';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteOrFallback();
  return {
    title: { default: site.name, template: `%s – ${site.name}` },
    description: site.description,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Render per request: the theme comes from the server's configuration, so a restart with
  // another PRESSFRONT_THEME changes the site without a rebuild. WordPress reads stay cached.
  await connection();
  const theme = getActiveTheme();
  const site = await getSiteOrFallback();
  return (
    <html lang="en" data-theme={theme.name} className={fontVariables}>
      <body>
        <theme.Layout site={site}>{children}</theme.Layout>
      </body>
    </html>
  );
}
