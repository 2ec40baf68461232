import { pinyin } from 'pinyin-pro';

/** An ASCII id for a printed Chinese name: its toneless pinyin joined by hyphens. */
export function slugify(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Stryker disable next-line Regex: the line above leaves no run of hyphens, so -+ and - match the same.
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** The plan id from its file name: liaoning-2015-24.txt → liaoning-2015-24. */
export function planIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return slugify(base.replace(/\.[^.]+$/, ''));
}
