import { IslandScript } from '@/components/islands/island-script';
import type { WebFont } from '@/components/web-fonts/shipped-fonts';

type Font = Pick<WebFont, 'key' | 'family' | 'weights'>;

/**
 * The theme's web fonts (components/web-fonts/shipped-fonts.ts), named for the island that fetches
 * them once the first page is idle, for the next page (components/islands/warm-web-fonts.island.ts).
 * Nothing at all for a theme without web fonts.
 */
export function WarmWebFonts({ fonts }: { fonts: Font[] }) {
  if (fonts.length === 0) return null;
  return (
    <>
      <div hidden data-island="warm-web-fonts" data-fonts={JSON.stringify(fonts)} />
      <IslandScript name="warm-web-fonts" />
    </>
  );
}
