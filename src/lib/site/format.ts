/** 2015-07-27 → 2015年7月27日 */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Joins names with the Chinese enumeration comma. */
export const joinNames = (names: string[]) => names.join('、');
