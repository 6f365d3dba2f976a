import { serveDesignFont } from '@/server/design/serve-design-font';

// GET /api/design-fonts/wp-content/themes/<theme>/…/<file>.woff2 — the site design's fonts, from this origin.
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return serveDesignFont((await params).path);
}
