// A Pressfront theme as an npm package. It exports its definition (the same object a theme folder
// passes to defineTheme); the site completes it from the base theme and checks it against the
// contract at start-up. Slots, elements and templates may be React components like a folder's.
//
// A site installs it (`npm install pressfront-theme-harbour`) and lists it in its package.json:
//   "pressfront": { "themes": ["pressfront-theme-harbour"] }

const serif = 'var(--font-source-serif), var(--font-source-serif-fallbacks), ui-serif, Georgia, serif';

const harbour = {
  name: 'harbour',
  label: 'Harbour',
  description: 'Sea-blue and weathered paper: a coastal weekly, serif headlines over sans text.',
  tokens: {
    color: {
      bg: { light: '#f7f9fa', dark: '#0f1a20' },
      surface: { light: '#eaf0f2', dark: '#17252d' },
      fg: { light: '#10222c', dark: '#e6eef1' },
      muted: { light: '#46606d', dark: '#a3b8c2' },
      border: { light: '#cfdbe0', dark: '#2b3d47' },
      accent: { light: '#0b5a7a', dark: '#7cc4e4' },
      accentFg: { light: '#ffffff', dark: '#0f1a20' },
      focus: { light: '#0b5a7a', dark: '#7cc4e4' },
    },
    font: {
      display: serif,
      body: 'var(--font-inter), var(--font-inter-fallbacks), ui-sans-serif, system-ui, sans-serif',
    },
  },
  options: {
    fontPairings: ['serif-headlines', 'serif', 'sans'],
    defaults: { ctaText: 'The harbour, every Friday — subscribe.' },
  },
};

export default harbour;
