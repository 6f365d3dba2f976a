import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** Every process in the tree under `pid` (a server and its workers), `pid` first. */
export function tree(pid: number): number[] {
  let listed = '';
  try {
    listed = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    // ps exits 1 when there are none
  }
  const children = listed
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  return [pid, ...children.flatMap(tree)];
}

/** Resident memory of these processes together, in MB. */
export async function rssMb(pids: number[]): Promise<number> {
  let kb = 0;
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return Math.round(kb / 1024);
}
