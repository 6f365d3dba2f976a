import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

// The last change-log sequence number a server applied, on disk so a restart remembers it. A
// number is the log's of one WordPress: read back for another (the server now points elsewhere),
// it means nothing, and the feed starts from no position.

export async function readSeq(file: string, wordpressUrl: string): Promise<number | null> {
  try {
    const saved: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof saved !== 'object' || saved === null) return null;
    const { seq, wordpress } = saved as { seq?: unknown; wordpress?: unknown };
    if (wordpress !== wordpressUrl) return null;
    return typeof seq === 'number' && Number.isInteger(seq) && seq >= 0 ? seq : null;
  } catch {
    return null;
  }
}

export async function writeSeq(file: string, seq: number, wordpressUrl: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Atomic: a crash mid-write leaves the previous number, never half of one.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ seq, wordpress: wordpressUrl }));
  await rename(temporary, file);
}
