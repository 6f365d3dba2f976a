// Publishes the events calendar (./events.ts) through the events plugin's REST collections, as an
// editor would: the tests then see a plugin's types discovered as a real site's would be.
import type { UploadedImage } from './blocks';
import { blocks, paragraph } from './blocks';
import { pick } from './pick';
import { eventsSeeded, publishedEvents, venues } from './events';
import { post } from './rest';

interface Created {
  id: number;
}

export async function seedEvents(photo: UploadedImage): Promise<void> {
  const venueIds = new Map<string, number>();
  for (const venue of venues) {
    const term = await post<Created>('/wp/v2/event-venues', venue);
    venueIds.set(venue.slug, term.id);
  }
  let day = 1;
  for (const [slug, title, venue] of publishedEvents) {
    const newest = slug === eventsSeeded.newest.slug;
    await post<Created>('/wp/v2/events', {
      slug,
      title,
      status: 'publish',
      date: `2026-10-${String(day++).padStart(2, '0')}T18:00:00`,
      'event-venues': [pick(venueIds, venue)],
      excerpt: newest ? 'Lanterns, boats and music on the water for three nights.' : '',
      featured_media: newest ? photo.id : 0,
      ...(newest ? { meta: { event_starts: eventsSeeded.newest.starts } } : {}),
      content: blocks(
        paragraph(`${title}: an evening at ${venues.find((v) => v.slug === venue)?.name ?? venue}.`),
        ...(newest
          ? [paragraph(`The bay glows with ${eventsSeeded.searchWord} after dark; boats leave at nine.`)]
          : []),
      ),
    });
  }
  for (const [{ slug, title }, status] of [
    [eventsSeeded.draft, 'draft'],
    [eventsSeeded.privately, 'private'],
  ] as const) {
    await post('/wp/v2/events', {
      slug,
      title,
      status,
      'event-venues': [pick(venueIds, 'harbour-hall')],
      content: blocks(paragraph('Not for readers yet.')),
    });
  }
}
