// The demo magazine's people, taxonomy and pictures. All text is original to Pressfront.

export interface AuthorSeed {
  username: string;
  name: string;
  email: string;
  description: string;
}

export const authors: AuthorSeed[] = [
  {
    username: 'marta.quinn',
    name: 'Marta Quinn',
    email: 'marta.quinn@example.test',
    description:
      'Marta Quinn covers cities, energy and the people who keep both running. Before joining Pressfront Daily she spent eight years reporting from port towns on three coasts.',
  },
  {
    username: 'tomas.ferreira',
    name: 'Tomás Ferreira',
    email: 'tomas.ferreira@example.test',
    description:
      'Tomás Ferreira writes about science, culture and the odd places where they meet. He reads too many footnotes and answers every letter.',
  },
];

export interface TermSeed {
  slug: string;
  name: string;
  description: string;
  parent?: string;
}

export const categories: TermSeed[] = [
  { slug: 'news', name: 'News', description: 'What happened, and why it matters.' },
  { slug: 'world', name: 'World', description: 'Reporting from beyond our borders.' },
  { slug: 'science', name: 'Science', description: 'Research, discovery and the people behind it.' },
  {
    slug: 'climate',
    name: 'Climate',
    description: 'Weather, energy and a warming planet.',
    parent: 'science',
  },
  { slug: 'culture', name: 'Culture', description: 'Books, music, film and the way we live.' },
  { slug: 'technology', name: 'Technology', description: 'Tools, networks and their consequences.' },
  { slug: 'opinion', name: 'Opinion', description: 'Arguments worth having, signed by their authors.' },
];

export const tags: TermSeed[] = [
  { slug: 'energy', name: 'Energy', description: '' },
  { slug: 'cities', name: 'Cities', description: '' },
  { slug: 'transport', name: 'Transport', description: '' },
  { slug: 'oceans', name: 'Oceans', description: '' },
  { slug: 'books', name: 'Books', description: '' },
  { slug: 'music', name: 'Music', description: '' },
  { slug: 'housing', name: 'Housing', description: '' },
  { slug: 'health', name: 'Health', description: '' },
  { slug: 'space', name: 'Space', description: '' },
  { slug: 'food', name: 'Food', description: '' },
  { slug: 'diplomacy', name: 'Diplomacy', description: '' },
];

export interface ImageSeed {
  file: string;
  title: string;
  alt: string;
  caption: string;
}

/** Files are drawn by backend/php/make-images.php; captions read like a photo desk's. */
export const images: ImageSeed[] = [
  {
    file: 'harbour-dawn.jpg',
    title: 'Harbour at dawn',
    alt: 'A harbour town at dawn, with an orange sky over blue hills and the outlines of warehouses',
    caption: 'Dawn over the harbour at Porto Alto, where the tidal turbines will be moored from next spring.',
  },
  {
    file: 'city-square.jpg',
    title: 'City square',
    alt: 'A crowded city square under a warm evening sky, with dark rooftops in the foreground',
    caption: 'Residents gather in the old market square on the evening the pact was announced.',
  },
  {
    file: 'mountain-road.jpg',
    title: 'Mountain road',
    alt: 'Green hills fading into a pale sky',
    caption: 'The pass road, closed for most of last winter.',
  },
  {
    file: 'night-market.jpg',
    title: 'Night market',
    alt: 'A night scene with a pale moon above red hills and stalls',
    caption: 'The night market, open again after three years.',
  },
  {
    file: 'river-bridge.jpg',
    title: 'River bridge',
    alt: 'Blue-grey hills under a cloudy sky by a river',
    caption: 'The river at low water in late October.',
  },
  {
    file: 'solar-field.jpg',
    title: 'Solar field',
    alt: 'A bright yellow sky over low green fields with dark sheds',
    caption: 'Panels on former farmland south of the city.',
  },
  {
    file: 'library-hall.jpg',
    title: 'Library hall',
    alt: 'Warm brown tones with a pale round lamp over dark shelves',
    caption: 'The reading room before it reopened to the public.',
  },
  {
    file: 'coastal-wind.jpg',
    title: 'Coastal wind',
    alt: 'A light blue sky over pale dunes and dark posts',
    caption: 'Wind fences along the northern dunes.',
  },
  {
    file: 'festival-crowd.jpg',
    title: 'Festival crowd',
    alt: 'A red sunset over dark blue hills and a crowd in silhouette',
    caption: 'The last night of the harbour festival.',
  },
  {
    file: 'rail-station.jpg',
    title: 'Rail station',
    alt: 'Grey sky over grey hills and station buildings in silhouette',
    caption: 'The old station, due for rebuilding in 2027.',
  },
];
