// Readers' comments, a closed thread, a members-only post and a renamed post: the parts of a
// magazine that are about people coming back. Original text.

export interface CommentSeed {
  /** Key for replies to point at. */
  key: string;
  replyTo?: string;
  author: string;
  content: string;
  date: string;
  status?: 'approved' | 'hold';
}

/** On the long-form story: a threaded conversation, and one comment still awaiting moderation. */
export const longFormComments: CommentSeed[] = [
  {
    key: 'ana',
    author: 'Ana Ribeiro',
    date: '2026-11-20T11:02:00',
    content: 'Good to see the small harbours get a say. Who pays for the grid connection, though?',
  },
  {
    key: 'marta',
    replyTo: 'ana',
    author: 'Marta Quinn',
    date: '2026-11-20T12:15:00',
    content: 'The pact splits it: the regional fund covers the cable, the towns cover the substations.',
  },
  {
    key: 'ana-2',
    replyTo: 'marta',
    author: 'Ana Ribeiro',
    date: '2026-11-20T12:40:00',
    content: 'Thank you, that answers it.',
  },
  {
    key: 'joao',
    author: 'João Mendes',
    date: '2026-11-21T08:30:00',
    content: 'Fishermen in my town were worried about the turbines and the nets. <em>Nobody</em> asked them.',
  },
  {
    key: 'held',
    author: 'A. Visitor',
    date: '2026-11-21T09:00:00',
    status: 'hold',
    content: 'This comment waits for moderation and must not be shown.',
  },
];

/** Letters under one post: enough top-level comments to need a second page of them. */
export const lettersSlug = 'why-we-still-print-a-paper';
export const letters: CommentSeed[] = Array.from({ length: 23 }, (_, i) => ({
  key: `letter-${i + 1}`,
  author: `Reader ${i + 1}`,
  date: `2026-10-${String(1 + i).padStart(2, '0')}T10:00:00`,
  content: `Letter number ${i + 1}: thank you for the slow news.`,
}));

export const closedSlug = 'harbour-festival-record-crowds';

export const members = {
  slug: 'members-briefing',
  title: 'Members’ briefing: the budget behind the tidal pact',
  password: 'harbour-light',
  date: '2026-09-05T09:00:00',
  excerpt: 'For members: the numbers behind the tidal pact.',
  body: 'The pact costs 41 million over six years; the regional fund pays two thirds of it.',
};

/** Published under `formerSlug`, then renamed: WordPress remembers the old slug. */
export const renamed = { slug: 'open-source-ferry-timetable', formerSlug: 'ferry-timetable-goes-open' };
