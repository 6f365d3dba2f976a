// Every core block Pressfront must render, in the markup WordPress's editor saves (WordPress 6.1).
// The seed publishes them together as the "kitchen sink" post; `npm run wp:record-fixtures`
// renders each through the real WordPress for the fidelity tests.
import type { CatalogMedia, UploadedImage } from './blocks';

export interface CatalogBlock {
  name: string;
  /** Theme content elements the rendering must go through. */
  uses: ('ImageFigure' | 'Quote' | 'Heading' | 'Table' | 'Gallery')[];
  markup: (media: CatalogMedia) => string;
  /** Classic shortcodes render one way for themes with HTML5 support and another without: record both. */
  html5Variant?: boolean;
}

const img = (m: UploadedImage) => `<img src="${m.url}" alt="${m.alt}" class="wp-image-${m.id}"/>`;

export const blockCatalog: CatalogBlock[] = [
  {
    name: 'paragraph-inline',
    uses: [],
    markup: () =>
      '<!-- wp:paragraph -->\n<p>Plain, <strong>bold</strong>, <em>italic</em>, <a href="https://example.org/report">a link</a>, <code>inline code</code>, <mark style="background-color:rgba(0, 0, 0, 0)" class="has-inline-color has-vivid-red-color">a highlight</mark>, H<sub>2</sub>O and E=mc<sup>2</sup>.</p>\n<!-- /wp:paragraph -->',
  },
  {
    name: 'paragraph-styled',
    uses: [],
    markup: () =>
      '<!-- wp:paragraph {"align":"center","dropCap":false,"backgroundColor":"pale-cyan-blue","textColor":"black","fontSize":"large"} -->\n<p class="has-text-align-center has-black-color has-pale-cyan-blue-background-color has-text-color has-background has-large-font-size">A centred, coloured, large paragraph.</p>\n<!-- /wp:paragraph -->',
  },
  {
    name: 'headings',
    uses: ['Heading'],
    markup: () =>
      '<!-- wp:heading -->\n<h2>A second-level heading</h2>\n<!-- /wp:heading -->\n\n<!-- wp:heading {"level":3,"anchor":"the-turbines"} -->\n<h3 id="the-turbines">A third-level heading with an anchor</h3>\n<!-- /wp:heading -->\n\n<!-- wp:heading {"level":4} -->\n<h4>A fourth-level heading</h4>\n<!-- /wp:heading -->',
  },
  {
    name: 'lists',
    uses: [],
    markup: () =>
      '<!-- wp:list -->\n<ul><li>First item</li><li>Second item<ul><li>A nested item</li></ul></li></ul>\n<!-- /wp:list -->\n\n<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3"><li>Third</li><li>Fourth</li></ol>\n<!-- /wp:list -->',
  },
  {
    name: 'quote',
    uses: ['Quote'],
    markup: () =>
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>The sea does not read contracts.</p>\n<!-- /wp:paragraph --><cite>A harbour master</cite></blockquote>\n<!-- /wp:quote -->',
  },
  {
    name: 'pullquote',
    uses: ['Quote'],
    markup: () =>
      '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>Engineers are optimists; doctors are not.</p><cite>A hospital director</cite></blockquote></figure>\n<!-- /wp:pullquote -->',
  },
  {
    name: 'image-wide',
    uses: ['ImageFigure'],
    markup: ({ a }) =>
      `<!-- wp:image {"align":"wide","id":${a.id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image alignwide size-large">${img(a)}<figcaption class="wp-element-caption">A wide image with a caption.</figcaption></figure>\n<!-- /wp:image -->`,
  },
  {
    name: 'image-aligned',
    uses: ['ImageFigure'],
    markup: ({ b }) =>
      `<!-- wp:image {"align":"right","id":${b.id},"sizeSlug":"medium","linkDestination":"none"} -->\n<figure class="wp-block-image alignright size-medium">${img(b)}<figcaption class="wp-element-caption">Floated right.</figcaption></figure>\n<!-- /wp:image -->\n\n<!-- wp:paragraph -->\n<p>Text flows beside a floated image on wide screens and under it on narrow ones.</p>\n<!-- /wp:paragraph -->`,
  },
  {
    name: 'gallery',
    uses: ['ImageFigure'],
    markup: ({ a, b, c }) =>
      `<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped">` +
      [a, b, c]
        .map(
          (m, i) =>
            `<!-- wp:image {"id":${m.id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large">${img(m)}<figcaption class="wp-element-caption">Gallery photo ${i + 1}</figcaption></figure>\n<!-- /wp:image -->`,
        )
        .join('\n\n') +
      '<figcaption class="blocks-gallery-caption wp-element-caption">Three photos from the coast.</figcaption></figure>\n<!-- /wp:gallery -->',
  },
  {
    name: 'table',
    uses: ['Table'],
    markup: () =>
      '<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Town</th><th>Turbines</th><th>Homes powered</th></tr></thead><tbody><tr><td>Porto Alto</td><td>6</td><td>5,200</td></tr><tr><td>Vila Serena</td><td>5</td><td>4,100</td></tr><tr><td>Cabo Norte</td><td>4</td><td>1,700</td></tr></tbody></table><figcaption class="wp-element-caption">Planned arrays, by town.</figcaption></figure>\n<!-- /wp:table -->',
  },
  {
    name: 'code-and-preformatted',
    uses: [],
    markup: () =>
      '<!-- wp:code -->\n<pre class="wp-block-code"><code>const tide = \'rising\';\nif (tide === \'rising\') {\n  turbines.start();\n}</code></pre>\n<!-- /wp:code -->\n\n<!-- wp:preformatted -->\n<pre class="wp-block-preformatted">Column one    Column two\n    indented  line</pre>\n<!-- /wp:preformatted -->\n\n<!-- wp:verse -->\n<pre class="wp-block-verse">The tide comes in,\n  the tide goes out.</pre>\n<!-- /wp:verse -->',
  },
  {
    name: 'separator-and-spacer',
    uses: [],
    markup: () =>
      '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->\n\n<!-- wp:spacer {"height":"40px"} -->\n<div style="height:40px" aria-hidden="true" class="wp-block-spacer"></div>\n<!-- /wp:spacer -->',
  },
  {
    name: 'buttons',
    uses: [],
    markup: () =>
      '<!-- wp:buttons -->\n<div class="wp-block-buttons"><!-- wp:button -->\n<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://example.org/report">Read the report</a></div>\n<!-- /wp:button --></div>\n<!-- /wp:buttons -->',
  },
  {
    name: 'embed',
    uses: [],
    markup: () =>
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=aqz-KE-bpKQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=aqz-KE-bpKQ\n</div><figcaption class="wp-element-caption">A film about tides.</figcaption></figure>\n<!-- /wp:embed -->',
  },
  {
    name: 'columns-and-group',
    uses: [],
    markup: () =>
      '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>The left column speaks first.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n\n<!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>The right column answers.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->\n\n<!-- wp:group {"backgroundColor":"pale-cyan-blue"} -->\n<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><!-- wp:paragraph -->\n<p>A group with a background.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:group -->',
  },
  {
    name: 'cover',
    uses: [],
    markup: ({ c }) =>
      `<!-- wp:cover {"url":"${c.url}","id":${c.id},"dimRatio":50} -->\n<div class="wp-block-cover"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-${c.id}" alt="" src="${c.url}" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><!-- wp:paragraph {"align":"center","fontSize":"large"} -->\n<p class="has-text-align-center has-large-font-size">Words over a photograph</p>\n<!-- /wp:paragraph --></div></div>\n<!-- /wp:cover -->`,
  },
  {
    name: 'media-text',
    uses: [],
    markup: ({ a }) =>
      `<!-- wp:media-text {"mediaId":${a.id},"mediaType":"image"} -->\n<div class="wp-block-media-text alignwide is-stacked-on-mobile"><figure class="wp-block-media-text__media"><img src="${a.url}" alt="${a.alt}" class="wp-image-${a.id} size-full"/></figure><div class="wp-block-media-text__content"><!-- wp:paragraph -->\n<p>Text beside a picture.</p>\n<!-- /wp:paragraph --></div></div>\n<!-- /wp:media-text -->`,
  },
  {
    name: 'file',
    uses: [],
    markup: ({ b }) =>
      `<!-- wp:file {"id":${b.id},"href":"${b.url}"} -->\n<div class="wp-block-file"><a id="wp-block-file--media-kitchen" href="${b.url}">The photograph, full size</a><a href="${b.url}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-kitchen">Download</a></div>\n<!-- /wp:file -->`,
  },
  {
    name: 'details-and-footnotes',
    uses: [],
    markup: () =>
      '<!-- wp:html -->\n<details><summary>How a tidal turbine works</summary><p>Water turns the blades twice a day, each way.</p></details>\n<!-- /wp:html -->\n\n<!-- wp:paragraph -->\n<p>The figure comes from the regional energy office.<sup><a href="#footnote-1" id="footnote-ref-1">1</a></sup></p>\n<!-- /wp:paragraph -->\n\n<!-- wp:html -->\n<ol class="wp-block-footnotes"><li id="footnote-1">Annual report, page 12. <a href="#footnote-ref-1">↩</a></li></ol>\n<!-- /wp:html -->',
  },
  {
    name: 'video-and-audio',
    uses: [],
    markup: ({ a, video, audio }) =>
      `<!-- wp:video {"id":${video.id}} -->\n<figure class="wp-block-video"><video controls poster="${a.url}" preload="metadata" src="${video.url}"></video><figcaption class="wp-element-caption">The harbour at high tide.</figcaption></figure>\n<!-- /wp:video -->\n\n` +
      `<!-- wp:audio {"id":${audio.id}} -->\n<figure class="wp-block-audio"><audio controls src="${audio.url}"></audio><figcaption class="wp-element-caption">The harbour bell, recorded at noon.</figcaption></figure>\n<!-- /wp:audio -->`,
  },
  {
    name: 'classic-caption',
    uses: ['ImageFigure'],
    html5Variant: true,
    // The classic editor's captions, as years of posts hold them: a linked image floated left, a
    // bare one centred, and an image floated right with no caption at all.
    markup: ({ a, b, c }) =>
      `<p>A classic post opens with a photograph.</p>\n` +
      `[caption id="attachment_${a.id}" align="alignleft" width="300"]<a href="${a.url}"><img class="size-medium wp-image-${a.id}" src="${a.url}" alt="${a.alt}" width="300" height="200" /></a> The harbour at dawn, from the breakwater.[/caption]\n` +
      `<p>Text wraps beside the floated photograph, as classic themes did.</p>\n` +
      `[caption id="attachment_${b.id}" align="aligncenter" width="600"]<img class="size-large wp-image-${b.id}" src="${b.url}" alt="${b.alt}" width="600" height="400" /> The square on market day.[/caption]\n` +
      `<img class="alignright size-thumbnail wp-image-${c.id}" src="${c.url}" alt="${c.alt}" width="150" height="150" />\n` +
      `<p>And a small picture floated right, without a caption.</p>`,
  },
  {
    name: 'classic-gallery',
    uses: ['Gallery'],
    html5Variant: true,
    markup: ({ a, b, c }) =>
      `<p>Three photographs, as the classic editor's gallery shortcode shows them:</p>\n[gallery columns="3" link="file" ids="${a.id},${b.id},${c.id}"]\n<p>The text after the gallery.</p>`,
  },
  {
    name: 'classic-and-shortcodes',
    uses: [],
    markup: () =>
      '<p>A paragraph from the classic editor, with a leftover shortcode from an old plugin:</p>\n[contact-form-7 id="12" title="Letters"]\n<p>And the text that follows it.</p>',
  },
];

export const kitchenSinkSlug = 'kitchen-sink';
export const kitchenSinkTitle = 'Every block in one post: the kitchen sink';
