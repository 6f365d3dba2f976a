import { z } from 'zod';

// GET /pressfront/v1/design (the companion plugin's Design class): the site's design as WordPress
// resolved it. Only the shape is checked here; every value is checked where it is read (reshape.ts).

const css = z.string().catch('');

export const wpDesign = z.object({
  wordpress: z.string().catch(''),
  theme: z.object({
    stylesheet: z.string().catch(''),
    name: z.string().catch(''),
    block: z.boolean().catch(false),
  }),
  settings: z.record(z.string(), z.unknown()).catch({}),
  styles: z.record(z.string(), z.unknown()).catch({}),
  css: z.object({ variables: css, presets: css, styles: css, custom: css }),
  fontFaces: z.array(z.unknown()).catch([]),
});

export type WpDesign = z.infer<typeof wpDesign>;
