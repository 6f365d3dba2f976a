import { describe, expect, it } from 'vitest';
import { excerptRepeatsLead, opensWithImage } from './lead';
import { htmlToText } from './text';

const bodyHtml =
  '<p>Three harbour towns that spent a century competing for ships have agreed to share their tides.</p><p>More.</p>';

const body = htmlToText(bodyHtml);

describe('excerptRepeatsLead', () => {
  it('recognises WordPress’s generated excerpt, whatever follows it', () => {
    for (const more of [' […]', ' [&hellip;]', '…', '...', ' [...]', ' … Continue reading']) {
      expect(excerptRepeatsLead(`Three harbour towns that spent a century competing${more}`, body)).toBe(
        true,
      );
    }
  });

  it('keeps an excerpt the author wrote', () => {
    expect(excerptRepeatsLead('A pact on tidal power, after a century of rivalry.', body)).toBe(false);
    expect(excerptRepeatsLead('', body)).toBe(false);
  });
});

describe('opensWithImage', () => {
  const media = { id: 12, url: 'http://wp.test/wp-content/uploads/2026/12/harbour.jpg' };

  it('sees the featured image at the top of the body, by id or by file at any size', () => {
    expect(
      opensWithImage(
        '<figure class="wp-block-image"><img class="wp-image-12" src="x.jpg"></figure><p>Text</p>',
        media,
      ),
    ).toBe(true);
    expect(
      opensWithImage(
        '<p><a href="#"><img src="http://wp.test/wp-content/uploads/2026/12/harbour-1024x683.jpg"></a></p>',
        media,
      ),
    ).toBe(true);
    // A size WordPress wrote as WebP or AVIF is the same picture as the JPEG upload.
    expect(
      opensWithImage('<img src="http://wp.test/wp-content/uploads/2026/12/harbour-768x512.webp">', media),
    ).toBe(true);
    expect(opensWithImage('<img src="http://wp.test/wp-content/uploads/2026/12/harbour.avif">', media)).toBe(
      true,
    );
    expect(
      opensWithImage('<img src="http://wp.test/wp-content/uploads/2026/12/harbour-at-dusk.webp">', media),
    ).toBe(false);
  });

  it('does not see it after words, or another picture', () => {
    expect(opensWithImage('<p>Words first.</p><img class="wp-image-12" src="x.jpg">', media)).toBe(false);
    expect(opensWithImage('<img class="wp-image-13" src="http://wp.test/other.jpg">', media)).toBe(false);
    expect(opensWithImage('<p>Only words.</p>', media)).toBe(false);
  });
});
