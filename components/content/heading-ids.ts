/** Makes stable, unique, readable ids for a post's headings, in document order. */
export function createHeadingIds(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (text: string, preferred?: string): string => {
    const base = preferred || slugify(text) || 'section';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
