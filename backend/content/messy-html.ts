// WordPress-like HTML as years of real sites hold it — classic-editor posts, hand-written markup,
// shortcodes left by old plugins — generated from a seed, so a document that breaks something can
// be made again exactly (e2e/messy-content.spec.ts publishes hundreds into the real WordPress).
// What it writes: random nesting of what wp_kses_post allows; tables written with whitespace,
// without tbody, with text typed into them; lists and blocks inside paragraphs; stray and missing
// end tags; comments and <!--more-->; unknown shortcodes; classic [caption]s and [gallery]s.

export interface MessyMedia {
  id: number;
  url: string;
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same documents everywhere. */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'harbour tide council ferry market lantern river bridge archive garden library storm coast ' +
  'engineer mayor village festival turbine island lighthouse season record review project ' +
  'São Tomé café naïve façade Zürich Ωmega ünïcode 東京 مرحبا שלום 🍿'
).split(' ');

export function messyDocument(seed: number, media: MessyMedia[]): string {
  const random = randomFrom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => random() < p;
  const words = (n: number) => Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');
  const sentence = () => `${words(3 + int(8))}.`;

  const inline = (depth: number): string => {
    if (depth > 2 || chance(0.5)) return words(1 + int(4));
    const tag = pick(['strong', 'em', 'b', 'i', 'code', 'span', 'mark', 'small', 'sub', 'sup', 'abbr', 'q']);
    const open = chance(0.1) ? '' : `</${tag}>`; // an end tag sometimes forgotten
    return `<${tag}>${inline(depth + 1)}${open}`;
  };
  const link = () =>
    pick([
      `<a href="https://example.org/${int(99)}">${words(2)}</a>`,
      `<a href="/${words(1).toLowerCase()}/">${words(2)}</a>`,
      `<a href="javascript:alert(${int(9)})" onclick="alert(1)">${words(2)}</a>`,
      `<a href="#top">${words(1)}</a>`,
    ]);
  const image = () => {
    const m = pick(media);
    const img = `<img class="${pick(['alignleft', 'alignright', 'aligncenter', 'alignnone'])} size-${pick(['thumbnail', 'medium', 'large', 'full'])} wp-image-${m.id}" src="${m.url}" alt="${words(2)}" width="${100 + int(500)}" height="${100 + int(400)}" />`;
    return chance(0.3) ? `<a href="${m.url}">${img}</a>` : img;
  };
  const paragraphText = (depth: number) =>
    Array.from({ length: 1 + int(4) }, () =>
      pick([sentence, sentence, () => inline(0), link, () => '<br />', () => '&nbsp;&amp; &lt;tag&gt;'])(),
    ).join(' ') + (depth < 2 && chance(0.15) ? block(depth + 1) : '');

  const table = () => {
    const nl = chance(0.6) ? '\n  ' : '';
    const rows = Array.from({ length: 1 + int(3) }, () => {
      const cells = Array.from({ length: 1 + int(3) }, () => {
        const tag = chance(0.2) ? 'th' : 'td';
        return chance(0.2) ? `<${tag}>${words(2)}` : `<${tag}>${words(1 + int(3))}</${tag}>`;
      }).join(nl);
      return chance(0.15) ? `<tr>${nl}${cells}` : `<tr>${nl}${cells}${nl}</tr>`;
    }).join(nl);
    const body = chance(0.5) ? `<tbody>${nl}${rows}${nl}</tbody>` : rows;
    const stray = chance(0.15) ? `${words(2)}` : '';
    const caption = chance(0.2) ? `<caption>${words(3)}</caption>` : '';
    return `<table>${caption}${stray}${nl}${body}${nl}</table>`;
  };
  const list = (depth: number): string => {
    const tag = pick(['ul', 'ol']);
    const items = Array.from({ length: 1 + int(4) }, () => {
      const nested = depth < 2 && chance(0.2) ? list(depth + 1) : '';
      return chance(0.2) ? `<li>${words(2)}${nested}` : `<li>${inline(0)}${nested}</li>`;
    }).join(chance(0.5) ? '\n' : '');
    return `<${tag}>${items}</${tag}>`;
  };
  const caption = () => {
    const m = pick(media);
    const align = pick(['alignleft', 'alignright', 'aligncenter', 'alignnone']);
    const width = 150 + int(450);
    const img = `<img class="size-medium wp-image-${m.id}" src="${m.url}" alt="${words(2)}" width="${width}" height="${100 + int(300)}" />`;
    return `[caption id="attachment_${m.id}" align="${align}" width="${width}"]${chance(0.4) ? `<a href="${m.url}">${img}</a>` : img} ${words(2 + int(6))}[/caption]`;
  };
  const gallery = () => {
    const ids = Array.from({ length: 1 + int(4) }, () => pick(media).id);
    return `[gallery columns="${1 + int(5)}" ${chance(0.5) ? 'link="file" ' : ''}ids="${ids.join(',')}"]`;
  };
  const block = (depth: number): string =>
    pick([
      () => `<p>${paragraphText(depth)}</p>`,
      () => `<p>${paragraphText(depth)}`, // never closed
      () => `<div class="${pick(['note', 'box', 'entry-content', ''])}">${block(depth + 1)}</div>`,
      () => `<blockquote><p>${sentence()}</p>${chance(0.5) ? `<cite>${words(2)}</cite>` : ''}</blockquote>`,
      () => `<h${2 + int(3)}>${words(2 + int(4))}</h${2 + int(3)}>`,
      () => table(),
      () => list(depth),
      () => `<pre><code>${words(3)} &lt;div&gt; ${words(2)}</code></pre>`,
      () => `<dl><dt>${words(1)}</dt><dd>${words(3)}</dd></dl>`,
      () => `<figure>${image()}<figcaption>${words(3)}</figcaption></figure>`,
      () => image(),
      () => caption(),
      () => gallery(),
      () => `[old_plugin id="${int(99)}"]${words(2)}[/old_plugin]`,
      () => `[contact-form-7 id="${int(99)}" title="${words(1)}"]`,
      () => `<!-- ${words(3)} -->`,
      () => '<hr />',
      () => `</${pick(['div', 'span', 'p', 'em', 'li', 'td'])}>${words(2)}`, // a stray end tag
      () => `<details><summary>${words(2)}</summary><p>${sentence()}</p></details>`,
      () =>
        `<p style="${pick(['text-align: center', 'color: #123456', 'position: fixed; top: 0'])}">${sentence()}</p>`,
      () => `<script>document.body.dataset.injected = 1</script><p>${sentence()}</p>`,
      // An image that fails to load (a broken data: URL: no request), with a handler that must not run.
      () =>
        `<p><img src="data:image/png;base64,broken" onerror="document.body.dataset.injected=1" alt="${words(1)}"> ${sentence()}</p>`,
    ])();

  const blocks = Array.from({ length: 4 + int(12) }, () => block(0));
  if (chance(0.4)) blocks.splice(1 + int(blocks.length - 1), 0, '<!--more-->');
  // The classic editor separates blocks with blank lines, which wpautop turns into paragraphs.
  return blocks.join(pick(['\n\n', '\n', '']));
}
