import { blocks, heading, list, paragraph } from './blocks';

export interface PageSeed {
  slug: string;
  title: string;
  content: string;
  menuOrder: number;
  /** Slug of the parent page (seeded earlier in this list): the page lives at /parent/slug/. */
  parent?: string;
}

export const pages: PageSeed[] = [
  {
    slug: 'about',
    title: 'About',
    menuOrder: 1,
    content: blocks(
      paragraph(
        'Pressfront Daily is an independent magazine about the coast, its cities and the people who live in them. We publish a handful of stories a week and take the time to get them right.',
      ),
      heading('What we believe'),
      list([
        'Every story is signed by the people who reported it.',
        'Corrections are published at the top of the story they correct.',
        'We do not sell readers’ data, and we never will.',
      ]),
      paragraph('The newsroom is five people, two cats and a very old coffee machine.'),
    ),
  },
  {
    slug: 'contact',
    title: 'Contact',
    menuOrder: 2,
    content: blocks(
      paragraph(
        'Write to the newsroom at <a href="mailto:newsroom@example.test">newsroom@example.test</a>. We read everything and answer most things within a week.',
      ),
      heading('Tips and documents'),
      paragraph(
        'If you have a story for us, tell us what you know and how you know it. We protect our sources; we will never publish your name without your agreement.',
      ),
    ),
  },
  {
    slug: 'masthead',
    title: 'Masthead',
    parent: 'about',
    menuOrder: 1,
    content: blocks(
      paragraph('Editor: Marta Quinn. Science and technology: Tomás Ferreira. Photographs: the staff.'),
      paragraph('Pressfront Daily is published by its staff, who own it together.'),
    ),
  },
  {
    slug: 'privacy',
    title: 'Privacy',
    menuOrder: 3,
    content: blocks(
      paragraph(
        'We keep the email addresses of subscribers to send them the newsletter, and nothing else about them. Comments keep the name you give; your email address is never shown.',
      ),
    ),
  },
];
