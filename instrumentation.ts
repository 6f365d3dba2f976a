// Validates configuration when the server starts, so a bad value stops start-up with one clear
// line instead of surfacing as a broken page on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { checkConfigOrExit } = await import('./lib/config/startup');
    checkConfigOrExit();
  }
}
