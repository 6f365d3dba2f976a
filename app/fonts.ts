import localFont from 'next/font/local';

// Self-hosted from npm packages: nothing is fetched from a font CDN at build or run time.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
});

export const sourceSerif = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
      style: 'italic',
    },
  ],
  variable: '--font-source-serif',
  weight: '200 900',
  display: 'swap',
});

export const fontVariables = `${inter.variable} ${sourceSerif.variable}`;
