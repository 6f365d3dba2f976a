// The main thread's script time a first visit costs, per page type: Debian's Chromium with the CPU
// slowed 4× (as Lighthouse's phone), no network throttling, a fresh context each time; median of 5.
// Script time is the framework's start-up plus hydration: it shows what a page's React costs apart
// from its bytes (issue 16: the post body is left out of hydration).
import { chromium } from '@playwright/test';
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';
import { chromiumExecutable } from '../scripts/lib/chromium';

export const mainThreadPages: Record<string, string> = {
  home: '/',
  'long-form post': '/harbour-towns-sign-tidal-power-pact/',
  'kitchen-sink post': '/kitchen-sink/',
};

export interface MainThreadRow {
  theme: string;
  page: string;
  scriptMs: number;
  taskMs: number;
}

const RUNS = 5;

export async function benchMainThread(theme = 'show'): Promise<MainThreadRow[]> {
  const server = await startNext(benchPorts.lighthouse, { PRESSFRONT_THEME: theme });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable('full'),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows: MainThreadRow[] = [];
  try {
    for (const [page, pagePath] of Object.entries(mainThreadPages)) {
      const url = `${server.url}${pagePath}`;
      await fetch(url).then((r) => r.arrayBuffer());
      const runs: { script: number; task: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await cdp.send('Performance.enable');
        await tab.goto(url, { waitUntil: 'load' });
        // Hydrated (components/hydration-mark.tsx), then a moment for what follows it.
        await tab.waitForSelector('html[data-hydrated]', { state: 'attached' });
        await tab.waitForTimeout(300);
        const { metrics } = await cdp.send('Performance.getMetrics');
        const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
        runs.push({ script: metric('ScriptDuration') * 1000, task: metric('TaskDuration') * 1000 });
        await context.close();
      }
      runs.sort((a, b) => a.script - b.script);
      const median = runs[Math.floor(RUNS / 2)]!;
      rows.push({ theme, page, scriptMs: Math.round(median.script), taskMs: Math.round(median.task) });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
