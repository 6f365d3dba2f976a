// The subscribe form (components/subscribe/subscribe-form.tsx) in place: the same POST to
// /api/subscribe/ its markup makes without JavaScript, its answer shown where the form is — a
// polite status while sending and on success, an alert on any error, each field's error beside it
// — and what was typed kept on any error. The browser's own checks give way to the server's,
// whose messages are in the site's language.
import { claim } from './claim';
import { type FormAnswer as Answer, postForm, readAnswer } from './post-form';
import { whenHydrated } from './when-hydrated';

function setUp(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const fields = form.querySelector<HTMLElement>('[data-subscribe-fields]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const alert = form.querySelector<HTMLElement>('[role="alert"]');
  if (!button || !fields || !status || !alert) return;
  const submitWords = button.textContent ?? '';
  const sending = form.dataset.sending ?? '';

  const show = (answer: Answer) => {
    form.setAttribute('aria-busy', 'false');
    button.removeAttribute('aria-disabled');
    button.textContent = submitWords;
    const succeeded = answer.status === 'pending';
    fields.hidden = succeeded;
    status.textContent = succeeded ? answer.message : '';
    alert.textContent = succeeded ? '' : answer.message;
    for (const error of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const name = error.dataset.errorFor ?? '';
      const field = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      const text = succeeded ? undefined : answer.fieldErrors[name];
      error.textContent = text ?? '';
      error.hidden = !text;
      if (text) {
        field?.setAttribute('aria-invalid', 'true');
        field?.setAttribute('aria-describedby', error.id);
      } else {
        field?.removeAttribute('aria-invalid');
        field?.removeAttribute('aria-describedby');
      }
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    form.setAttribute('aria-busy', 'true');
    button.setAttribute('aria-disabled', 'true');
    button.textContent = sending;
    status.textContent = sending;
    alert.textContent = '';
    const unavailable: Answer = {
      status: 'unavailable',
      message: form.dataset.unavailable ?? '',
      fieldErrors: {},
    };
    void postForm(form)
      .then((answer) => readAnswer(answer) ?? unavailable)
      .then(show);
  });
  // Checked on the server either way; with this script its messages replace the browser's.
  form.noValidate = true;
  form.dataset.ready = 'true';
}

export function init(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-island="subscribe-form"]')) {
    if (claim(form, 'subscribe-form')) whenHydrated(() => setUp(form));
  }
}
