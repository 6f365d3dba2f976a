import type { NextRequest } from 'next/server';
import { startThemePreview } from './handler';

export function GET(request: NextRequest) {
  return startThemePreview(request);
}
