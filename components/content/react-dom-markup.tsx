import { renderToStaticMarkup } from 'react-dom/server';
import { parseBody } from '@/lib/content/parse';
import { translator } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import type { ContentElements } from './elements';
import { createRenderContext, renderNodes } from './render';

/**
 * Sanitized HTML through the content renderer to a string with React's own server renderer: the
 * reference the production writer (static-markup.ts) is held to, for tests and the benchmark.
 */
export function renderToMarkup(
  html: string,
  elements: ContentElements,
  t: Translate = translator('en'),
): string {
  return renderToStaticMarkup(<>{renderNodes(parseBody(html), createRenderContext(elements, t))}</>);
}
