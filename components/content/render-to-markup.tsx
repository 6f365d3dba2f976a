import { renderToStaticMarkup } from 'react-dom/server';
import { parseBody } from '@/lib/content/parse';
import type { ContentElements } from '@/themes/types';
import { createRenderContext, renderNodes } from './render';

/** Sanitized HTML through the content renderer to a string: for tests and the benchmark. */
export function renderToMarkup(html: string, elements: ContentElements): string {
  return renderToStaticMarkup(<>{renderNodes(parseBody(html), createRenderContext(elements))}</>);
}
