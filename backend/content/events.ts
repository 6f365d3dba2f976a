// The events calendar the local must-use plugin's `event` type and `event-venue` taxonomy hold
// (backend/mu-plugins/pressfront-events.php), as seed-events.ts publishes it and the e2e suite
// expects it: a content model Pressfront's code never names.

export const venues = [
  {
    slug: 'harbour-hall',
    name: 'Harbour Hall',
    description: 'The old customs house on the quay, seating 400.',
  },
  {
    slug: 'old-market',
    name: 'Old Market',
    description: 'The covered market square, open to the sky in summer.',
  },
];

/** More than one archive page (ten a page), newest first: the last published here opens the archive. */
export const publishedEvents = [
  ['tide-tables-talk', 'Reading the tide tables', 'harbour-hall'],
  ['night-market-opening', 'Night market opening', 'old-market'],
  ['harbour-choir', 'The harbour choir sings', 'harbour-hall'],
  ['lantern-walk', 'Lantern walk along the quay', 'old-market'],
  ['fishers-film-night', 'Film night: the last fishers', 'harbour-hall'],
  ['seed-swap', 'Spring seed swap', 'old-market'],
  ['climate-forum', 'Town forum on the sea wall', 'harbour-hall'],
  ['book-fair', 'Second-hand book fair', 'old-market'],
  ['sea-shanty-evening', 'Sea shanty evening', 'harbour-hall'],
  ['winter-fair', 'Winter craft fair', 'old-market'],
  ['harbour-lights', 'Harbour Lights festival', 'harbour-hall'],
] as const;

export const eventsSeeded = {
  /** The newest event: first in the archive, with a photo and its own words. */
  newest: {
    slug: 'harbour-lights',
    title: 'Harbour Lights festival',
    venue: 'harbour-hall',
    /** Its `event_starts` custom field: in REST, shown by no theme of ours. */
    starts: '2026-12-12T19:00',
  },
  /** The oldest: alone on the archive's second page. */
  oldest: { slug: 'tide-tables-talk', title: 'Reading the tide tables' },
  count: publishedEvents.length,
  /** Never published: a 404 on the frontend, as in WordPress. */
  draft: { slug: 'unannounced-gala', title: 'Unannounced gala' },
  privately: { slug: 'board-dinner', title: 'Board dinner' },
  /** Words only this event's body has, for search. */
  searchWord: 'bioluminescence',
};
