import { cache } from 'react';
import { islandScripts, type IslandName } from './built';

/** The islands this render has already given their script: one script per island and page. */
const given = cache(() => new Set<IslandName>());

/**
 * An island's script, inline, once per page however many of its elements the page has: it sets
 * them all up once the document is parsed (scripts/islands/build.ts). Put it beside the element.
 */
export function IslandScript({ name }: { name: IslandName }) {
  const seen = given();
  if (seen.has(name)) return null;
  seen.add(name);
  // Built by us from components/islands (never content): the build refuses a "</script" in it.
  return <script data-island-script={name} dangerouslySetInnerHTML={{ __html: islandScripts[name] }} />;
}
