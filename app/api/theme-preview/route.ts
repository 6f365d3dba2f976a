import type { NextRequest } from 'next/server';
import { startThemePreview } from '@/lib/preview/handler';

export function GET(request: NextRequest) {
  return startThemePreview(request);
}
