import { renderToStaticMarkup } from 'react-dom/server';
import { parseBody } from '@/lib/content/parse';
import { translator } from '@/lib/i18n/translate';
import type { ContentElements, Translate } from '@/themes/types';
import { createRenderContext, renderNodes } from './render';

/** Sanitized HTML through the content renderer to a string: for tests and the benchmark. */
export function renderToMarkup(
  html: string,
  elements: ContentElements,
  t: Translate = translator('en'),
): string {
  return renderToStaticMarkup(<>{renderNodes(parseBody(html), createRenderContext(elements, t))}</>);
}
