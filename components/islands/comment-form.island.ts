// The comment form (components/comments/comment-form.tsx) in place: each field checked as the
// reader leaves it and again on sending, with the site's own words beside it (the browser's
// bubbles give way to them); the same POST to /api/comments/ its markup makes without JavaScript,
// its answer shown where the form is — a polite status while posting and when taken, an alert on
// any refusal, each field's error beside it — and what was typed kept unless the comment was
// taken. A comment's Reply link chooses that comment in "Reply to" and puts the reader in the form.
import { claim } from './claim';
import { type FormAnswer as Answer, postForm, readAnswer } from './post-form';
import { whenHydrated } from './when-hydrated';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** What is wrong with a field in the site's words, or '' (the server checks again either way). */
function problem(field: Field): string {
  const { validity, dataset } = field;
  if (validity.valueMissing || (field.required && field.value.trim() === '')) return dataset.missing ?? '';
  if (validity.typeMismatch || validity.patternMismatch) return dataset.invalid ?? '';
  return '';
}

function setUp(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const alert = form.querySelector<HTMLElement>('[role="alert"]');
  if (!button || !status || !alert) return;
  const fields = [...form.querySelectorAll<Field>('[data-missing], [data-invalid]')];
  const submitWords = button.textContent ?? '';

  const showError = (field: Field, text: string) => {
    const error = form.querySelector<HTMLElement>(`[data-error-for="${field.name}"]`);
    if (!error) return;
    error.textContent = text;
    error.hidden = !text;
    if (text) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
  };

  for (const field of fields) {
    // Checked once the reader leaves it; once flagged, cleared as soon as it is right.
    field.addEventListener('blur', () => {
      if (field.value !== '' || field.hasAttribute('aria-invalid')) showError(field, problem(field));
    });
    field.addEventListener('input', () => {
      if (field.hasAttribute('aria-invalid') && !problem(field)) showError(field, '');
    });
  }

  const show = (answer: Answer) => {
    form.setAttribute('aria-busy', 'false');
    button.removeAttribute('aria-disabled');
    button.textContent = submitWords;
    const taken = answer.status === 'approved' || answer.status === 'held';
    status.textContent = taken ? answer.message : '';
    alert.textContent = taken ? '' : answer.message;
    for (const field of fields) showError(field, taken ? '' : (answer.fieldErrors[field.name] ?? ''));
    if (taken) form.reset();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    const wrong = fields.filter((field) => {
      const text = problem(field);
      showError(field, text);
      return text !== '';
    });
    if (wrong.length > 0) {
      status.textContent = '';
      alert.textContent = form.dataset.check ?? '';
      wrong[0]?.focus();
      return;
    }
    form.setAttribute('aria-busy', 'true');
    button.setAttribute('aria-disabled', 'true');
    button.textContent = form.dataset.posting ?? submitWords;
    status.textContent = form.dataset.posting ?? '';
    alert.textContent = '';
    const unavailable: Answer = { status: 'error', message: form.dataset.unavailable ?? '', fieldErrors: {} };
    void postForm(form)
      .then((answer) => readAnswer(answer) ?? unavailable)
      .then(show);
  });

  const replyTo = form.querySelector<HTMLSelectElement>('select[name="parent"]');
  const content = form.querySelector<HTMLTextAreaElement>('textarea[name="content"]');
  document.addEventListener('click', (event) => {
    const link =
      event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-reply-to]') : null;
    if (!link || !replyTo || !content || !form.isConnected) return;
    const option = [...replyTo.options].find((o) => o.value === link.dataset.replyTo);
    if (!option) return;
    event.preventDefault();
    replyTo.value = option.value;
    content.focus();
  });

  // Checked here as the reader goes; the browser's own bubbles would say it in other words.
  form.noValidate = true;
  form.dataset.ready = 'true';
}

export function init(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-island="comment-form"]')) {
    if (claim(form, 'comment-form')) whenHydrated(() => setUp(form));
  }
}
