/** 2015-07-27 → 2015年7月27日 */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Joins names with the Chinese enumeration comma. */
export const joinNames = (names: string[]) => names.join('、');

/**
 * What a document's departments are called, from its issuer's level: 省直部门 for a province's,
 * 市直部门 for a city's, 县直部门 for a county's, 国务院部门 for the State Council's; else 部门和单位.
 */
export function departmentsNoun(issuer: string | null): string {
  const body = (issuer ?? '').replace(/(?:人民政府|政府)?(?:办公厅|办公室)?$/, '');
  if (/^国务院/.test(issuer ?? '')) return '国务院部门和单位';
  if (/省$|自治区$/.test(body)) return '省直部门';
  if (/市$|州$|盟$/.test(body)) return '市直部门';
  if (/县$|区$|旗$/.test(body)) return '县直部门';
  return '部门和单位';
}

/** The date a document carries: its 印发 date, else the date it was signed. */
export const documentDate = (meta: { issuedDate: string | null; signatures?: { isoDate: string | null }[] }): string | null =>
  meta.issuedDate ?? meta.signatures?.find((s) => s.isoDate !== null)?.isoDate ?? null;
