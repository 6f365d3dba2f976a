import type { ChildNode } from 'domhandler';

/** A post body cut where the theme's subscribe call-to-action goes. */
export type Segment = { kind: 'nodes'; nodes: ChildNode[] } | { kind: 'subscribe' };

const SUBSCRIBE_CLASS = /(^|\s)(pressfront-subscribe|wp-block-jetpack-subscriptions)(\s|$)/;

/**
 * Splits a parsed body around the subscribe call-to-action: where the post marks one (our
 * `pressfront-subscribe` class or Jetpack's block), the marker is replaced by it; otherwise, when
 * `afterLead` is set, it goes after the first paragraph, as magazine themes do.
 */
export function splitAtSubscribe(nodes: ChildNode[], { afterLead }: { afterLead: boolean }): Segment[] {
  const marked = nodes.some(isSubscribeMarker);
  const segments: Segment[] = [];
  let buffer: ChildNode[] = [];
  let placed = false;
  const flush = () => {
    if (buffer.some((n) => n.type !== 'text' || n.data.trim()))
      segments.push({ kind: 'nodes', nodes: buffer });
    buffer = [];
  };

  for (const node of nodes) {
    if (marked && isSubscribeMarker(node)) {
      flush();
      if (!placed) segments.push({ kind: 'subscribe' });
      placed = true;
      continue;
    }
    buffer.push(node);
    if (!marked && afterLead && !placed && node.type === 'tag' && node.name === 'p') {
      flush();
      segments.push({ kind: 'subscribe' });
      placed = true;
    }
  }
  flush();
  return segments;
}

function isSubscribeMarker(node: ChildNode): boolean {
  return node.type === 'tag' && SUBSCRIBE_CLASS.test(node.attribs.class ?? '');
}
