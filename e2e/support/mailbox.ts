import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

// The local WordPress writes every wp_mail() call to an outbox file (backend/mu-plugins): the
// tests read the mails a reader would get from there.

const outbox = path.join(
  process.env.PRESSFRONT_STATE_DIR ?? path.join(__dirname, '..', '..', '.pressfront'),
  'mail',
  'outbox.jsonl',
);

export interface Mail {
  time: string;
  to: string[];
  subject: string;
  message: string;
  headers: string[];
}

/** Every mail sent to `address` so far, oldest first. */
export function mailsTo(address: string): Mail[] {
  if (!existsSync(outbox)) return [];
  return readFileSync(outbox, 'utf8')
    .split('\n')
    .filter((line) => line.includes(address))
    .map((line) => JSON.parse(line) as Mail)
    .filter((mail) => mail.to.includes(address));
}

/** Waits (up to 10 s) for a mail to `address` whose subject matches, and returns it. */
export async function waitForMail(address: string, subject: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        found = mailsTo(address).find((mail) => subject.test(mail.subject));
        return Boolean(found);
      },
      { timeout: 10_000, message: `a mail to ${address} with subject ${subject}` },
    )
    .toBe(true);
  return found as Mail;
}

/** The first link in a mail's text that goes to `pathPrefix`. */
export function linkIn(mail: Mail, pathPrefix: string): string {
  const link = mail.message
    .match(/https?:\/\/\S+/g)
    ?.find((url) => new URL(url).pathname.startsWith(pathPrefix));
  if (!link) throw new Error(`no ${pathPrefix} link in "${mail.subject}"`);
  return link;
}
