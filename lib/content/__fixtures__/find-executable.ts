import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';

// What must never reach a reader: an independent check of sanitized and rendered markup.

const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'object', 'embed', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea',
  'select', 'svg', 'math', 'frame', 'frameset', 'applet', 'template', 'noscript', 'marquee', 'body', 'html',
]); // prettier-ignore
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
  'xlink:href',
]);

/** Problems found in `html`; empty when nothing in it could execute or phone home unasked. */
export function findExecutable(html: string, allowedFrameHosts: readonly string[] = []): string[] {
  const problems: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'script' || node.type === 'style' || node.type === 'tag') {
        check(node as Element, problems, allowedFrameHosts);
        visit((node as Element).children);
      }
    }
  };
  visit(parseDocument(html).children);
  return problems;
}

function check(el: Element, problems: string[], allowedFrameHosts: readonly string[]) {
  if (FORBIDDEN_TAGS.has(el.name)) problems.push(`<${el.name}>`);
  for (const [name, raw] of Object.entries(el.attribs)) {
    const value = decodeHTML(raw)
      .replace(/[\u0000-\u0020]/g, '')
      .toLowerCase();
    if (name.startsWith('on')) problems.push(`${el.name}[${name}]`);
    if (name === 'srcdoc') problems.push(`${el.name}[srcdoc]`);
    if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):/.test(value)) {
      if (!(el.name === 'img' && name === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif);/.test(value))) {
        problems.push(`${el.name}[${name}=${value.slice(0, 30)}]`);
      }
    }
    if (name === 'srcset' && /(javascript|vbscript|data):/.test(value)) problems.push(`${el.name}[srcset]`);
    if (name === 'style' && /url\(|expression|javascript:|@import|behavior|position/.test(value)) {
      problems.push(`${el.name}[style=${value.slice(0, 30)}]`);
    }
  }
  if (el.name === 'iframe') {
    const src = el.attribs.src ?? '';
    let host = '';
    try {
      host = new URL(src).host;
    } catch {
      // not a URL: reported below
    }
    if (!allowedFrameHosts.includes(host)) problems.push(`<iframe src=${src.slice(0, 40)}>`);
    if (!('sandbox' in el.attribs)) problems.push('<iframe> without sandbox');
  }
}
