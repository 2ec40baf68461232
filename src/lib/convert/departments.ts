/**
 * Who is responsible: the notations plans print for it. Each notation is a recogniser that reads a
 * line (or the parenthesis closing a paragraph); they are tried in the order of
 * ASSIGNMENT_NOTATIONS and the first that claims the text reads it. A recogniser that claims a text
 * it then cannot read returns an error, which the converter reports as FILE:LINE.
 *
 *   trailing-parenthesis  （A、B牵头，C、D等部门配合） · （A牵头负责）
 *   lead-partner-line     牵头单位：A；配合单位：B、C  (also inside a parenthesis)
 *   responsibility-line   责任单位：A、B、C            (also （责任单位：A、B）; the first listed leads
 *                         by convention unless the plan states otherwise)
 */
export type AssignmentNotation = 'trailing-parenthesis' | 'lead-partner-line' | 'responsibility-line';

export interface ParsedDepartments {
  leads: string[];
  leadVerb: string;
  partners: string[];
  partnersOpenEnded: boolean;
  notation: AssignmentNotation;
  /** True when the list names responsible units without saying which leads (责任单位：A、B). */
  undivided: boolean;
  /** True when the text says the bodies are each responsible, none leading (按职责分工负责). */
  jointly?: boolean;
  /** 完成时限 / 时间节点 printed with the assignment, as printed. */
  deadline: string | null;
}

export type DepartmentLineResult = { ok: true; value: ParsedDepartments } | { ok: false; message: string };

export interface AssignmentRecogniser {
  notation: AssignmentNotation;
  /** True when the text is, or tries to be, this notation. */
  claims(text: string): boolean;
  read(text: string): DepartmentLineResult;
}

const OPEN = /^[（(]/;
const CLOSE = /[）)]$/;
const SECTION_MARKER = /^[（(][一二三四五六七八九十]+[）)]/;

/** Splits a list of names at 、，, and ; — never inside a parenthesis (各县（市、区）政府). */
export function splitNames(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、,，;；]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter((x) => x !== '');
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Removes a closing 等部门/等单位 (open-ended) or a bare 有关部门/单位 word from a partner list. */
function partnerList(text: string): { partners: string[]; openEnded: boolean } {
  const open = /等(?:有关|相关)?(?:部门|单位)?$/.exec(text);
  if (open) return { partners: splitNames(text.slice(0, open.index)), openEnded: true };
  return { partners: splitNames(text.replace(/(?:有关|相关)?(?:部门|单位)$/, '')), openEnded: false };
}

const DEADLINE = /(?:完成时限|完成时间|时间节点|时限要求|时限)\s*[：:]\s*(.+)$/;

/** Strips the outer parenthesis of a whole-line notation, checking it is closed and balanced. */
function inner(text: string): { ok: true; inner: string } | { ok: false; message: string } {
  const t = text.trim();
  if (!OPEN.test(t)) return { ok: true, inner: t };
  if (!CLOSE.test(t)) return { ok: false, message: `unclosed parenthesis in department line “${t}”` };
  const body = t.slice(1, -1);
  if (!balanced(body)) return { ok: false, message: `unbalanced parenthesis in department line “${t}”` };
  return { ok: true, inner: body };
}

export const trailingParenthesis: AssignmentRecogniser = {
  notation: 'trailing-parenthesis',
  claims: (text) => {
    const t = text.trim();
    return OPEN.test(t) && /牵头/.test(t) && !SECTION_MARKER.test(t) && !/(?:牵头|配合|责任)(?:单位|部门)\s*[：:]/.test(t);
  },
  read: (text) => {
    const t = text.trim();
    const r = inner(t);
    if (!r.ok) return r;
    const body = r.inner.replace(/\s+/g, '');
    const m = /^(.+?)(牵头负责|牵头)(?:[，,；;](.+?)(?:配合|参与|协助|协同|按职责分工负责|按职责负责|分工负责))?$/.exec(body);
    if (!m) return { ok: false, message: `cannot read 牵头/配合 in department line “${t}”` };
    const leads = splitNames(m[1].replace(/^由/, ''));
    const { partners, openEnded } = partnerList(m[3] ?? '');
    if (leads.length === 0) return { ok: false, message: `no leading department in “${t}”` };
    return { ok: true, value: { leads, leadVerb: m[2], partners, partnersOpenEnded: openEnded, notation: 'trailing-parenthesis', undivided: false, deadline: null } };
  },
};

const LEAD_LABEL = /^(?:牵头单位|牵头部门|主责单位|主办单位|主要责任单位)\s*[：:]/;
const RESPONSIBLE_LABEL = /^(?:责任单位|责任部门|责任主体)\s*[：:]/;

/** Splits a labelled line into its labelled fields (牵头单位：…；配合单位：…；完成时限：…). */
function fields(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /(牵头单位|牵头部门|主责单位|主办单位|主要责任单位|配合单位|配合部门|参与单位|协办单位|协同单位|协助单位|责任单位|责任部门|责任主体|完成时限|完成时间|时间节点|时限要求)\s*[：:]/g;
  const hits = [...body.matchAll(re)];
  hits.forEach((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].index : body.length;
    out.set(h[1], body.slice(h.index + h[0].length, end).replace(/^[\s]+|[\s；;，,。]+$/g, ''));
  });
  return out;
}

const pick = (f: Map<string, string>, keys: string[]) => keys.map((k) => f.get(k)).find((v) => v !== undefined);

export const leadPartnerLine: AssignmentRecogniser = {
  notation: 'lead-partner-line',
  claims: (text) => {
    const r = inner(text);
    return LEAD_LABEL.test(r.ok ? r.inner.trim() : text.trim().slice(1));
  },
  read: (text) => {
    const r = inner(text);
    if (!r.ok) return r;
    const f = fields(r.inner.trim());
    const leadText = pick(f, ['牵头单位', '牵头部门', '主责单位', '主办单位', '主要责任单位']) ?? '';
    const leads = splitNames(leadText);
    if (leads.length === 0) return { ok: false, message: `no leading unit after 牵头单位： in “${text.trim()}”` };
    const { partners, openEnded } = partnerList(pick(f, ['配合单位', '配合部门', '参与单位', '协办单位', '协同单位', '协助单位']) ?? '');
    const deadline = pick(f, ['完成时限', '完成时间', '时间节点', '时限要求']) ?? null;
    return { ok: true, value: { leads, leadVerb: '', partners, partnersOpenEnded: openEnded, notation: 'lead-partner-line', undivided: false, deadline: deadline || null } };
  },
};

export const responsibilityLine: AssignmentRecogniser = {
  notation: 'responsibility-line',
  claims: (text) => {
    const r = inner(text);
    return RESPONSIBLE_LABEL.test(r.ok ? r.inner.trim() : text.trim().slice(1));
  },
  read: (text) => {
    const r = inner(text);
    if (!r.ok) return r;
    const f = fields(r.inner.trim());
    const listed = pick(f, ['责任单位', '责任部门', '责任主体']) ?? '';
    const { partners: names, openEnded } = partnerList(listed);
    if (names.length === 0) return { ok: false, message: `no unit after 责任单位： in “${text.trim()}”` };
    const deadline = pick(f, ['完成时限', '完成时间', '时间节点', '时限要求']) ?? null;
    // Leads and partners are settled by the plan's lead rule once the whole text is read.
    return { ok: true, value: { leads: names, leadVerb: '', partners: [], partnersOpenEnded: openEnded, notation: 'responsibility-line', undivided: true, deadline: deadline || null } };
  },
};

/**
 * （A、B按职责分工负责） — the State Council's way of naming bodies that are each responsible for
 * their own remit, with none leading: all are read as responsible, and the page says so.
 */
export const dutyParenthesis: AssignmentRecogniser = {
  notation: 'trailing-parenthesis',
  claims: (text) => {
    const t = text.trim();
    return OPEN.test(t) && !SECTION_MARKER.test(t) && !/牵头/.test(t) && /(?:按职责分工负责|按职责负责|分工负责|共同负责)[）)]$/.test(t);
  },
  read: (text) => {
    const r = inner(text);
    if (!r.ok) return r;
    const body = r.inner.replace(/\s+/g, '');
    const m = /^(.+?)(按职责分工负责|按职责负责|分工负责|共同负责)$/.exec(body);
    if (!m) return { ok: false, message: `cannot read the responsible bodies in “${text.trim()}”` };
    const { partners: names, openEnded } = partnerList(m[1].replace(/^由/, ''));
    if (names.length === 0) return { ok: false, message: `no responsible body in “${text.trim()}”` };
    return { ok: true, value: { leads: names, leadVerb: m[2], partners: [], partnersOpenEnded: openEnded, notation: 'trailing-parenthesis', undivided: false, jointly: true, deadline: null } };
  },
};

/** The notations, in the order they are tried. */
export const ASSIGNMENT_NOTATIONS: AssignmentRecogniser[] = [leadPartnerLine, responsibilityLine, trailingParenthesis, dutyParenthesis];

/** The recogniser that claims a whole line, or null when the line is not an assignment. */
export function recogniseAssignment(text: string): AssignmentRecogniser | null {
  return ASSIGNMENT_NOTATIONS.find((r) => r.claims(text)) ?? null;
}

/** True for a line that is, or tries to be, a department line. */
export function looksLikeDepartmentLine(text: string): boolean {
  return recogniseAssignment(text) !== null;
}

/** Reads a whole department line in whichever notation claims it. */
export function parseDepartmentLine(text: string): DepartmentLineResult {
  const r = recogniseAssignment(text);
  if (!r) return { ok: false, message: `not a department line: “${text.trim()}”` };
  return r.read(text);
}

/** A 完成时限：… / 时间节点：… line of its own, which belongs to the assignment before it. */
export function readDeadlineLine(text: string): string | null {
  const t = text.trim().replace(/^[（(](.*)[）)]$/, '$1');
  const m = /^(?:完成时限|完成时间|时间节点|时限要求)\s*[：:]\s*(.+?)[。；;]?$/.exec(t);
  return m ? m[1].trim() : null;
}

/**
 * A department notation in parentheses closing a paragraph (…建设。（责任单位：各市人民政府）):
 * the offset where it starts, or -1. Only a parenthesis that a recogniser reads counts, so an
 * ordinary closing remark in brackets stays part of the paragraph.
 */
export function trailingAssignmentStart(text: string): number {
  const t = text.trimEnd();
  if (!CLOSE.test(t)) return -1;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t[i];
    if (ch === '）' || ch === ')') depth++;
    if (ch === '（' || ch === '(') depth--;
    if (depth === 0) {
      if (i === 0) return -1;
      const candidate = t.slice(i);
      const r = recogniseAssignment(candidate);
      return r && r.read(candidate).ok ? i : -1;
    }
  }
  return -1;
}

/** Where a stated lead rule is printed: 列第一位的为牵头单位 and its variants. */
export const STATED_FIRST_LISTED = /(?:列|排)(?:在)?(?:第一位|首位|第一)的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)|(?:第一|首)(?:个|家|位)?(?:责任)?(?:单位|部门)(?:为|是)牵头(?:单位|部门)/;

/**
 * For the repair pass: whether a line is a labelled assignment (责任单位：…, 完成时限：…) and, if so,
 * whether it stops mid-list (…、) so that the next line continues it. Null for any other line.
 */
export function labelledLineUnfinished(text: string): boolean | null {
  const t = text.trim();
  if (OPEN.test(t)) return null;
  if (!(leadPartnerLine.claims(t) || responsibilityLine.claims(t) || readDeadlineLine(t) !== null)) return null;
  return /[、，,：:；;]$/.test(t);
}
