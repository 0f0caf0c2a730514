import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders never scanned: installed, built or generated content (`temp`: api-extractor's scratch output). */
const SKIPPED = new Set(['node_modules', 'dist', '.git', 'data', 'coverage', 'temp', '.cache']);

/**
 * Files never scanned: the API reports (`<package>/api/<name>.api.md`) are api-extractor's output, whose
 * fixed header links to api-extractor's site; `pnpm api:check` compares them byte for byte.
 */
const GENERATED = '.api.md';

/** Every file below `root` whose name ends in one of `endings`, as paths relative to `root`. */
export function filesBelow(root: string, endings: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name) || entry.name.endsWith(GENERATED)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (endings.some((ending) => entry.name.endsWith(ending))) found.push(relative(root, path));
    }
  };
  walk(root);
  return found.sort();
}

export interface MarkdownLink {
  readonly line: number;
  readonly target: string;
}

/** Markdown without fenced blocks and inline code, line numbers kept (code is not a link). */
export function proseOf(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line.replace(/`[^`]*`/g, '');
  });
}

/** Inline links and images `[text](target)`, autolinks `<https://…>` and reference definitions `[x]: target`. */
export function linksOf(markdown: string): MarkdownLink[] {
  return proseOf(markdown).flatMap((line, index) => {
    const targets = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!),
      ...[...line.matchAll(/<((?:https?|mailto|ftp|file):[^>\s]+)>/g)].map((match) => match[1]!),
      ...[...line.matchAll(/^\s*\[[^\]]+\]:\s+(\S+)/g)].map((match) => match[1]!),
    ];
    return targets.map((target) => ({ line: index + 1, target }));
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to `-`, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of markdown.split('\n').filter((text, i, all) => !insideFence(all, i))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading === null) continue;
    const slug = heading[1]!
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

function insideFence(lines: readonly string[], index: number): boolean {
  let fenced = false;
  for (let i = 0; i < index; i++) if (/^\s*(```|~~~)/.test(lines[i]!)) fenced = !fenced;
  return fenced || /^\s*(```|~~~)/.test(lines[index]!);
}
