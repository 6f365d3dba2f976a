import { headers } from 'next/headers';
import { DuotoneFilters } from '@/components/content/duotone-filters';
import { getRequestTheme } from '@/app/_theme/request-theme';
import { takeFormAnswer } from '@/server/forms/answers';
import { FORM_ANSWER_HEADER } from '@/server/routing/inner-request';
import { jsonForScript, viewJsonLd } from '@/server/seo/json-ld';
import { getPublicOrigin } from '@/server/seo/origin';
import { getDesignOrNone, getWidgetsOrNone } from '@/server/routing/request-site';
import type { Site } from '@/lib/wordpress';
import { contentCss } from '@/lib/wordpress/design';
import { resolveTemplate } from '@/themes/_engine/hierarchy';
import { themeTokens } from '@/themes/_engine/theme-css';
import type { View } from '@/themes/_engine/types';

/** Renders a view with the request's theme, through the WordPress template hierarchy, and its structured data. */
export async function renderView(site: Site, view: View) {
  const [{ theme, options, t }, origin, design, widgets, requestHeaders] = await Promise.all([
    getRequestTheme(),
    getPublicOrigin(),
    getDesignOrNone(),
    getWidgetsOrNone(),
    headers(),
  ]);
  // Only ever present on the render a form's route asked for (server/forms/answers.ts).
  const formAnswer = takeFormAnswer(requestHeaders.get(FORM_ANSWER_HEADER));
  const { Template } = resolveTemplate(theme, view);
  const structured = viewJsonLd(site, view, origin);
  const { bg, surface } = themeTokens(theme, options, design).color;
  const body = singularBody(view);
  const designCss = body
    ? contentCss(body.contentHtml, body.blockStyles, design, [bg.dark, surface.dark])
    : '';
  return (
    <>
      {/* Checked rule by rule and written by us (lib/wordpress/design): nothing in it can end the element. */}
      {designCss && <style data-pf-design="" dangerouslySetInnerHTML={{ __html: designCss }} />}
      {body && <DuotoneFilters filters={body.duotoneFilters} />}
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
        formAnswer={formAnswer}
        sidebarWidgets={widgets.sidebar}
        t={t}
      />
    </>
  );
}

/**
 * A singular page's body (a post's or a page's), unless it is locked behind its password: its
 * design (preset classes, block layout, WordPress's CSS for its blocks) goes with it in every
 * theme, so block content looks as its author chose it.
 */
function singularBody(view: View) {
  if (view.kind !== 'singular' || view.locked) return null;
  return view.entry.type === 'post' ? view.entry.post : view.entry.page;
}
