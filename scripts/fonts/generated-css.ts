import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The font scripts write CSS files that are checked in and kept current by unit tests: both
// assemble them the same way, formatted as the repository formats CSS, so the file checked in is
// exactly the generator's output.

/** A generated stylesheet: its header, its rules, one `:root` block of variables, then any rules after. */
export async function generatedCss(
  file: string,
  header: string,
  rules: string[],
  variables: string[],
  after: string[] = [],
): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const css = [
    `/* ${header}: do not edit by hand. */`,
    ...rules,
    `:root {\n${variables.join('\n')}\n}`,
    ...after,
    '',
  ].join('\n\n');
  return format(css, { ...(await resolveConfig(file)), parser: 'css' });
}

/** Whether this script is the one run (`tsx scripts/fonts/x.ts`), not imported by a test. */
export const isRun = (scriptFile: string) =>
  Boolean(process.argv[1]) && path.resolve(process.argv[1] ?? '') === path.resolve(scriptFile);

/** Runs `make` and writes its output to `file` when the script itself is run (not imported by a test). */
export function writeWhenRun(scriptFile: string, file: string, make: () => Promise<string>): void {
  if (!isRun(scriptFile)) return;
  make().then(
    (css) => {
      let before = '';
      try {
        before = readFileSync(file, 'utf8');
      } catch {
        // First run: nothing to compare.
      }
      writeFileSync(file, css);
      console.log(`${path.relative(process.cwd(), file)} ${before === css ? 'unchanged' : 'written'}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
