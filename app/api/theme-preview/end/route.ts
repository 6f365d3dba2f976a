import type { NextRequest } from 'next/server';
import { endThemePreview } from '@/lib/preview/handler';

export function GET(request: NextRequest) {
  return endThemePreview(request);
}
