import type { NextRequest } from 'next/server';
import { endThemePreview } from '../handler';

export function GET(request: NextRequest) {
  return endThemePreview(request);
}
