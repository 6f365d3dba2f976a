import { getConfiguredTheme } from '@/themes/registry';
import { getConfig } from '.';

/** Node-only start-up check (see instrumentation.ts): print why and stop on bad configuration. */
export function checkConfigOrExit(): void {
  try {
    getConfig();
    getConfiguredTheme();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
