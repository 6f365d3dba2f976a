import { formActions } from '@/app/_actions';
import { getRequestTheme } from '@/app/_theme/request-theme';
import { jsonForScript, viewJsonLd } from '@/server/seo/json-ld';
import { getPublicOrigin } from '@/server/seo/origin';
import type { Site } from '@/lib/wordpress';
import { resolveTemplate } from '@/themes/_engine/hierarchy';
import type { View } from '@/themes/_engine/types';

/** Renders a view with the request's theme, through the WordPress template hierarchy, and its structured data. */
export async function renderView(site: Site, view: View) {
  const [{ theme, options, t }, origin] = await Promise.all([getRequestTheme(), getPublicOrigin()]);
  const { Template } = resolveTemplate(theme, view);
  const structured = viewJsonLd(site, view, origin);
  return (
    <>
      {structured.map((data, i) => (
        <script
          key={i}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonForScript(data) }}
        />
      ))}
      <Template
        site={site}
        view={view}
        slots={theme.slots}
        elements={theme.elements}
        options={options}
        actions={formActions}
        t={t}
      />
    </>
  );
}
