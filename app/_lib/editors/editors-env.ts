import { validEditorName } from './secret';

/**
 * `JYLNAMA_EDITORS`: editors given by the operator, `name=<hash>` entries separated by commas or white space, the
 * hash as `npm run editors -- hash <name>` prints it. For the first editor, before any can be added to the
 * database, and for deployments that keep their accounts in configuration. Malformed entries are reported.
 */
export function editorsFromEnv(value: string | undefined): {
  editors: Array<{ name: string; hash: string }>;
  problems: string[];
} {
  const editors: Array<{ name: string; hash: string }> = [];
  const problems: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter((e) => e !== '')) {
    const at = entry.indexOf('=');
    const name = at > 0 ? entry.slice(0, at) : '';
    const hash = entry.slice(at + 1);
    if (!validEditorName(name) || !hash.startsWith('scrypt$'))
      problems.push(`JYLNAMA_EDITORS: "${entry.slice(0, 30)}…" is not name=<hash from npm run editors -- hash <name>>`);
    else editors.push({ name, hash });
  }
  return { editors, problems };
}
