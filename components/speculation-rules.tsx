// Instant navigation without a router: the browser itself (Chromium's Speculation Rules) prerenders
// a page of this site once the reader shows the intent to open it — a pointer resting on its link,
// or pressed (moderate eagerness) — so the click shows a page already made. Never for what has an
// effect or is not a reader's page: WordPress's admin and login, our API, previews, feeds and
// sitemaps, the subscribe pages (a confirm link confirms), anything with a query (forms' answers,
// search paging stays a plain load) or marked rel=nofollow. Browsers without it ignore the script.

/** The rules, as the browser reads them. */
export const speculationRules = {
  prerender: [
    {
      where: {
        and: [
          { href_matches: '/*' },
          {
            not: {
              href_matches: [
                '/wp-admin/*',
                '/wp-login.php*',
                '/*logout*',
                '/api/*',
                '/preview/*',
                '/subscribe/*',
                '/feed/*',
                '/*/feed/*',
                '/feeds/*',
                '/sitemap*',
                '/*.xml',
              ],
            },
          },
          // Any link with a query. (The string form "/*?*" would read as every path with any query
          // or none; a dict's components left out are the page's own.)
          { not: { href_matches: { pathname: '/*', search: '(.+)' } } },
          { not: { selector_matches: '[rel~="nofollow"], [download], [target="_blank"]' } },
        ],
      },
      eagerness: 'moderate',
    },
  ],
};

/** The rules as an inline script of ours (server/page-cache/reader-document.ts keeps it). */
/** The rules as the page carries them (the script policy names this text by its hash). */
export const speculationRulesScript = JSON.stringify(speculationRules);

export function SpeculationRules() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: speculationRulesScript }} />;
}
