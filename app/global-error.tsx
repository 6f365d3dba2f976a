'use client';

// Last resort, when even the layout failed: no theme, no fonts, just a readable page. It is in
// English: the site's language is one of the settings the layout could not read.
export default function GlobalError() {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '36rem',
          margin: '4rem auto',
          padding: '0 1rem',
        }}
      >
        <h1>We can’t show this page right now</h1>
        <p>The site is having trouble reaching its content. Please try again in a minute.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </body>
    </html>
  );
}
