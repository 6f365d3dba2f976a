// Validates configuration when the server starts, so a bad value (or a theme that is not
// installed) stops start-up with one clear line instead of surfacing as a broken page on the
// first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { getConfig, renamedVariablesNotice } = await import('./lib/config');
    const { getPinnedTheme } = await import('@/themes/_engine/registry');
    // The page cache learns what each render read from the data layer, which does not know it.
    const { observeRenders } = await import('@/server/page-cache/render-log');
    observeRenders();
    // Every request to WordPress within the bound on its load (server/origin-load).
    const { boundOriginLoad } = await import('@/server/origin-load');
    try {
      const notice = renamedVariablesNotice(getConfig());
      if (notice) console.warn(notice);
      getPinnedTheme();
      boundOriginLoad();
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
  }
}
