import { blocks, type UploadedImage } from './blocks';
import type { PageSeed } from './pages';

// A page written with the site's own design, as an editor does in the block editor: palette
// colours and font sizes of the active PHP theme, a flex Group, a Row of buttons with a gap of its
// own, an outline button, Columns and a photo in one of core's duotone presets. Every Pressfront
// theme must show it with WordPress's values (e2e/block-design.spec.ts compares computed styles
// with WordPress's own page).

/** The palette slugs of each local WordPress's default theme: Twenty Twenty-Three, Twenty Twenty-Five. */
export const designSlugs =
  process.env.PRESSFRONT_WP_VERSION === '6.8'
    ? { text: 'accent-3', background: 'accent-5', font: 'fira-code' }
    : { text: 'primary', background: 'tertiary', font: 'ibm-plex-mono' };

const p = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
const button = (text: string, outline = false) =>
  outline
    ? `<!-- wp:button {"className":"is-style-outline"} -->\n<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="/about/">${text}</a></div>\n<!-- /wp:button -->`
    : `<!-- wp:button -->\n<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/about/">${text}</a></div>\n<!-- /wp:button -->`;

export const designPage = (photo: UploadedImage): PageSeed => ({
  slug: 'block-design',
  title: 'The tide in colour',
  menuOrder: 4,
  content: blocks(
    `<!-- wp:paragraph {"textColor":"${designSlugs.text}","fontSize":"x-large","className":"design-lead"} -->\n` +
      `<p class="design-lead has-${designSlugs.text}-color has-text-color has-x-large-font-size">High water at 6:12, in the site’s own colours.</p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:paragraph {"className":"design-font","fontFamily":"${designSlugs.font}"} -->\n` +
      `<p class="design-font has-${designSlugs.font}-font-family">Tide table: 06:12 high, 12:58 low.</p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:group {"className":"design-row","backgroundColor":"${designSlugs.background}","layout":{"type":"flex","flexWrap":"nowrap"}} -->\n` +
      `<div class="wp-block-group design-row has-${designSlugs.background}-background-color has-background">${p('Low water 0:40')}\n\n${p('High water 6:12')}\n\n${p('Low water 12:58')}</div>\n<!-- /wp:group -->`,
    `<!-- wp:buttons {"className":"design-buttons","style":{"spacing":{"blockGap":"3rem"}}} -->\n` +
      `<div class="wp-block-buttons design-buttons">${button('Tide tables')}\n\n${button('Harbour map', true)}\n\n${button('Subscribe')}</div>\n<!-- /wp:buttons -->`,
    `<!-- wp:columns {"className":"design-columns"} -->\n<div class="wp-block-columns design-columns">` +
      `<!-- wp:column -->\n<div class="wp-block-column">${p('The north quay floods first.')}</div>\n<!-- /wp:column -->\n\n` +
      `<!-- wp:column -->\n<div class="wp-block-column">${p('The south quay stays dry.')}</div>\n<!-- /wp:column -->` +
      `</div>\n<!-- /wp:columns -->`,
    `<!-- wp:image {"id":${photo.id},"sizeSlug":"large","className":"design-duotone","style":{"color":{"duotone":"var:preset|duotone|purple-yellow"}}} -->\n` +
      `<figure class="wp-block-image size-large design-duotone"><img src="${photo.url}" alt="${photo.alt}" class="wp-image-${photo.id}"/></figure>\n<!-- /wp:image -->`,
  ),
});
