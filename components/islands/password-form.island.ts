// The password form of a protected post (components/comments/password-form.tsx) in place: the same
// POST to /api/unlock/ its markup makes without JavaScript; a right password opens the post (its
// cookie set by the answer), a wrong one is said where the form is and the field emptied for the
// next try.
import { claim } from './claim';
import { postForm } from './post-form';
import { whenHydrated } from './when-hydrated';

/** Where the post opens, or why it did not; null when the answer is not one of ours. */
function readUnlock(value: unknown): { location: string } | { error: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { location, error } = value as Record<string, unknown>;
  if (typeof location === 'string' && location.startsWith('/') && !location.startsWith('//'))
    return { location };
  if (typeof error === 'string') return { error };
  return null;
}

function setUp(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const alert = form.querySelector<HTMLElement>('[role="alert"]');
  const password = form.querySelector<HTMLInputElement>('input[name="post_password"]');
  if (!button || !alert || !password) return;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    form.setAttribute('aria-busy', 'true');
    button.setAttribute('aria-disabled', 'true');
    void postForm(form)
      .then(readUnlock)
      .then((answer) => {
        // Not an answer of ours (a proxy's page, a cut connection): the form posts as without JavaScript.
        if (!answer) return form.submit();
        if ('location' in answer) return window.location.assign(answer.location);
        form.setAttribute('aria-busy', 'false');
        button.removeAttribute('aria-disabled');
        alert.textContent = answer.error;
        password.value = '';
        password.focus();
      });
  });
  form.dataset.ready = 'true';
}

export function init(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-island="password-form"]')) {
    if (claim(form, 'password-form')) whenHydrated(() => setUp(form));
  }
}
