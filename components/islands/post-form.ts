// What the form islands share: the same POST their form makes without JavaScript, made in place
// and asking for JSON, and the reading of a form's answer.

/** A form's answer as the routes give it: a status, a message, errors by field. */
export interface FormAnswer {
  status: string;
  message: string;
  fieldErrors: Record<string, string | undefined>;
}

/** The route's answer, or null when it is not one (a proxy's error page, a cut connection). */
export function readAnswer(value: unknown): FormAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status, message, fieldErrors } = value as Record<string, unknown>;
  if (typeof status !== 'string' || typeof message !== 'string') return null;
  const errors = typeof fieldErrors === 'object' && fieldErrors !== null ? fieldErrors : {};
  return { status, message, fieldErrors: errors as FormAnswer['fieldErrors'] };
}

/** Posts the form's fields where it posts, as the browser would, and reads the JSON it answers (null: none). */
export function postForm(form: HTMLFormElement): Promise<unknown> {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
  return fetch(form.action, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  })
    .then((response) => response.json() as Promise<unknown>)
    .catch(() => null);
}
