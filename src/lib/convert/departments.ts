import { fold } from './fold.ts';
import type { AssignmentNotation as SchemaAssignmentNotation } from '../model/schema.ts';

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
 *   trailing-parenthesis  （A、B负责） · （A、B负责，排在第一位的部门为牵头部门，下同）: an undivided
 *                         list, read by the stated rule · （A、B按职责分工负责）: all responsible
 * Every recogniser reads the folded text (fold.ts), so a traditional copy's 牽頭/負責 read alike;
 * the names it returns are in simplified characters.
 */
/** The notations a department list itself prints (a sentence or an attachment row is read elsewhere). */
export type AssignmentNotation = Extract<SchemaAssignmentNotation, 'trailing-parenthesis' | 'lead-partner-line' | 'responsibility-line'>;

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

// Parentheses, and the square brackets some provinces print around a responsibility (〔责任单位：…〕).
const OPEN = /^[（(〔［]/;
const CLOSE = /[）)〕］]$/;
const OPENING = new Set(['（', '(', '〔', '［']);
const CLOSING = new Set(['）', ')', '〕', '］']);
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
    if (OPENING.has(ch)) depth++;
    if (CLOSING.has(ch)) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** 等, 等部门, 等有关部门和单位, 等相关单位: the list before it is not exhaustive. */
const OPEN_END = /等(?:有关|相关)?(?:部门|单位)?(?:和|及|、)?(?:有关|相关)?(?:部门|单位)?$/;

/**
 * A list of responsible bodies as printed: names split at 、，；, a closing 等部门 (open-ended)
 * removed, and a list that goes on after 等 (A、B等和各省级人民政府) read as both parts.
 */
export function partnerList(text: string): { partners: string[]; openEnded: boolean } {
  const parts = text.split(/等(?:有关|相关)?(?:部门|单位)?(?:和|及|，|,)/);
  let openEnded = parts.length > 1;
  const names: string[] = [];
  parts.forEach((part, k) => {
    const open = OPEN_END.exec(part);
    if (open && open[0] !== '') {
      // 等部门 alone names nobody: the list is open-ended and empty.
      openEnded = true;
      names.push(...splitNames(part.slice(0, open.index)));
    } else if (k === parts.length - 1) {
      names.push(...splitNames(part.replace(/^(?:有关|相关)?(?:部门|单位)$/, '')));
    } else names.push(...splitNames(part));
  });
  return { partners: names, openEnded };
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
    const t = fold(text.trim());
    return OPEN.test(t) && /牵头/.test(t) && !SECTION_MARKER.test(t) && !/(?:牵头|配合|责任)(?:单位|部门)\s*[：:]/.test(t) && !STATED_RULE_CLAUSE.test(t);
  },
  read: (text) => {
    const t = fold(text.trim());
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

const LEAD_LABEL = /^(?:牵头单位|牵头部门|牵头责任单位|主责单位|主责部门|主办单位|主要责任单位)\s*[：:]/;
/** A lead rule stated inside the first parenthesis, for this one and the later ones (下同). */
const STATED_RULE_CLAUSE = /[，,。；;](?:[^，,。；;]*?)(?:第一位|首位)[^，,。；;]*牵头(?:单位|部门)[^）)]*[）)]$/;
const RESPONSIBLE_LABEL = /^(?:责任单位|责任部门|责任主体)\s*[：:]/;

/** Splits a labelled line into its labelled fields (牵头单位：…；配合单位：…；完成时限：…). */
function fields(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /(牵头单位|牵头部门|牵头责任单位|主责单位|主责部门|主办单位|主要责任单位|配合单位|配合部门|参与单位|参与部门|协办单位|协同责任单位|协同单位|协同部门|协助单位|责任单位|责任部门|责任主体|完成时限|完成时间|时间节点|时限要求)\s*[：:]/g;
  const hits = [...body.matchAll(re)];
  hits.forEach((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].index : body.length;
    // A remark after the list's 。 is no unit (…按职责分工负责。具体任务均涉及相关市人民政府，下同。).
    out.set(h[1], body.slice(h.index + h[0].length, end).replace(/^[\s]+|[\s；;，,。]+$/g, '').replace(/。.*$/, ''));
  });
  return out;
}

const pick = (f: Map<string, string>, keys: string[]) => keys.map((k) => f.get(k)).find((v) => v !== undefined);

export const leadPartnerLine: AssignmentRecogniser = {
  notation: 'lead-partner-line',
  claims: (text) => {
    const r = inner(fold(text));
    return LEAD_LABEL.test(r.ok ? r.inner.trim() : fold(text).trim().slice(1));
  },
  read: (printedText) => {
    const text = fold(printedText);
    const r = inner(text);
    if (!r.ok) return r;
    const f = fields(r.inner.trim());
    const leadText = pick(f, ['牵头单位', '牵头部门', '牵头责任单位', '主责单位', '主责部门', '主办单位', '主要责任单位']) ?? '';
    const leads = splitNames(leadText);
    if (leads.length === 0) return { ok: false, message: `no leading unit after 牵头单位： in “${text.trim()}”` };
    // （牵头单位：A；责任单位：B、C）: beside a lead, the responsible units are its partners.
    const { partners, openEnded } = partnerList(pick(f, ['配合单位', '配合部门', '参与单位', '参与部门', '协办单位', '协同责任单位', '协同单位', '协同部门', '协助单位', '责任单位', '责任部门']) ?? '');
    const deadline = pick(f, ['完成时限', '完成时间', '时间节点', '时限要求']) ?? null;
    return { ok: true, value: { leads, leadVerb: '', partners, partnersOpenEnded: openEnded, notation: 'lead-partner-line', undivided: false, deadline: deadline || null } };
  },
};

export const responsibilityLine: AssignmentRecogniser = {
  notation: 'responsibility-line',
  claims: (text) => {
    const r = inner(fold(text));
    return RESPONSIBLE_LABEL.test(r.ok ? r.inner.trim() : fold(text).trim().slice(1));
  },
  read: (printedText) => {
    const text = fold(printedText);
    const r = inner(text);
    if (!r.ok) return r;
    const f = fields(r.inner.trim());
    const printedList = pick(f, ['责任单位', '责任部门', '责任主体']) ?? '';
    // 责任单位：A牵头，B、C配合 — the label names the list, the words say who leads.
    if (/牵头/.test(printedList)) {
      const led = trailingParenthesis.read(`（${printedList}）`);
      if (!led.ok) return led;
      const deadline = pick(f, ['完成时限', '完成时间', '时间节点', '时限要求']) ?? null;
      return { ok: true, value: { ...led.value, notation: 'responsibility-line', deadline: deadline || null } };
    }
    // 责任单位：A、B按职责分工负责 — each responsible for its remit, none leading.
    const jointly = /按职责(?:分工)?负责$|分工负责$|共同负责$/.test(printedList);
    const listed = printedList.replace(/(?:按职责(?:分工)?|分工|共同)?负责$/, '');
    const { partners: names, openEnded } = partnerList(listed);
    if (names.length === 0) return { ok: false, message: `no unit after 责任单位： in “${text.trim()}”` };
    const deadline = pick(f, ['完成时限', '完成时间', '时间节点', '时限要求']) ?? null;
    // Leads and partners are settled by the plan's lead rule once the whole text is read.
    return { ok: true, value: { leads: names, leadVerb: '', partners: [], partnersOpenEnded: openEnded, notation: 'responsibility-line', undivided: !jointly, jointly, deadline: deadline || null } };
  },
};

/**
 * （A、B按职责分工负责） — the State Council's way of naming bodies that are each responsible for
 * their own remit, with none leading: all are read as responsible, and the page says so.
 */
export const dutyParenthesis: AssignmentRecogniser = {
  notation: 'trailing-parenthesis',
  claims: (text) => {
    const t = fold(text.trim());
    return OPEN.test(t) && !SECTION_MARKER.test(t) && !/牵头/.test(t) && /(?:按职责分工负责|按职责负责|分工负责|共同负责)[）)]$/.test(t);
  },
  read: (printedText) => {
    const text = fold(printedText);
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

/**
 * （A、B负责） — the State Council's list of responsible bodies, undivided: the first listed leads
 * where the document says so (（A、B负责，排在第一位的部门为牵头部门，下同）, printed once in the
 * first such parenthesis), else by the plan's rule (views.leadRule).
 */
export const responsibleParenthesis: AssignmentRecogniser = {
  notation: 'trailing-parenthesis',
  claims: (text) => {
    const t = fold(text.trim());
    if (!OPEN.test(t) || SECTION_MARKER.test(t) || /[：:]/.test(t)) return false;
    const body = t.replace(STATED_RULE_CLAUSE, '）');
    return !/牵头|按职责|分工负责|共同负责/.test(body) && /负责[）)]$/.test(body);
  },
  read: (printedText) => {
    const text = fold(printedText);
    const r = inner(text);
    if (!r.ok) return r;
    const body = `（${r.inner}）`.replace(STATED_RULE_CLAUSE, '）').slice(1, -1).replace(/\s+/g, '');
    const m = /^(.+?)负责$/.exec(body);
    if (!m) return { ok: false, message: `cannot read the responsible bodies in “${text.trim()}”` };
    const { partners: names, openEnded } = partnerList(m[1].replace(/^由/, ''));
    if (names.length === 0 || names.some((n) => n.length > 30)) return { ok: false, message: `no responsible body in “${text.trim()}”` };
    return { ok: true, value: { leads: names, leadVerb: '', partners: [], partnersOpenEnded: openEnded, notation: 'trailing-parenthesis', undivided: true, deadline: null } };
  },
};

/** The notations, in the order they are tried. */
export const ASSIGNMENT_NOTATIONS: AssignmentRecogniser[] = [leadPartnerLine, responsibilityLine, trailingParenthesis, dutyParenthesis, responsibleParenthesis];

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
  const t = fold(text).trim().replace(/^[（(](.*)[）)]$/, '$1');
  const m = /^(?:完成时限|完成时间|时间节点|时限要求)\s*[：:]\s*(.+?)[。；;]?$/.exec(t);
  return m ? m[1].trim() : null;
}

const PARTNER_LINE = /^(?:配合单位|配合部门|协同责任单位|协同单位|协同部门|参与单位|参与部门|协办单位|协助单位)\s*[：:]\s*(.+?)[。；;]?$/;

/**
 * A line naming the partners alone (协同责任单位：A、B), which completes the lead line printed on
 * the line before it (牵头责任单位：C). Null for any other line.
 */
export function readPartnerLine(text: string): { partners: string[]; openEnded: boolean } | null {
  const m = PARTNER_LINE.exec(fold(text).trim());
  return m ? partnerList(m[1].trim()) : null;
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
    if (CLOSING.has(ch)) depth++;
    if (OPENING.has(ch)) depth--;
    if (depth === 0) {
      if (i === 0) return -1;
      const candidate = t.slice(i);
      const r = recogniseAssignment(candidate);
      return r && r.read(candidate).ok ? i : -1;
    }
  }
  return -1;
}

/**
 * Responsibilities in parentheses inside a paragraph, each closing the sentences before it
 * (…准入环境。（市场监管总局负责）加强…培训。（体育总局、教育部负责）): their [start, end) offsets.
 * Only a parenthesis that follows a sentence's end and that a recogniser reads counts; the trailing
 * one is trailingAssignmentStart's.
 */
export function inlineAssignmentSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.search(/[（(〔]/); i !== -1 && i < text.length; i = nextOpening(text, i + 1)) {
    if (!/[。；！？]/.test(text.slice(0, i).trimEnd().slice(-1))) continue;
    let depth = 0;
    let end = -1;
    for (let k = i; k < text.length; k++) {
      if (OPENING.has(text[k])) depth++;
      if (CLOSING.has(text[k])) depth--;
      if (depth === 0) {
        end = k + 1;
        break;
      }
    }
    if (end === -1 || text.slice(end).trim() === '') continue;
    const candidate = text.slice(i, end);
    const r = recogniseAssignment(candidate);
    if (r && r.read(candidate).ok) {
      out.push([i, end]);
      i = end - 1;
    }
  }
  return out;
}

const NAME = '[^，。；：、（）()“”\\s及]{2,24}?';
const NAMES = `(${NAME}(?:[、及]${NAME})*)`;
/** What the lead of a sentence does next: the verb that ends its partners' list. */
const VERBS = '负责|牵头|共同|研究|提出|制定|制订|组织|建立|做好|进行|落实|办理|加强|开展|推进|统筹|推动|加大|完善|编制|实施|出台|指导|督促|健全';
/** A sentence starts after these (a clause after ，too, where the notation says so). */
const SENTENCE = '(?:^|[。；！？：])\\s*';
const CLAUSE = '(?:^|[。；！？：，,])\\s*';
/**
 * 由A会同B负责…, A（要）会同B研究提出…, 由A牵头，会同B、C组织实施…, 由A牵头，B配合, A牵头，B配合,
 * A牵头组织…, …由A负责: a responsibility in a sentence. `partners` is 0 where it names none.
 */
const SENTENCE_NOTATIONS: { re: RegExp; lead: 1; partners: 0 | 2 }[] = [
  { re: new RegExp(`${CLAUSE}由${NAMES}会同([^，。；：]{2,120}?)(?=负责|牵头|共同|研究|提出|制定|制订|组织|建立|做好|进行|落实|办理)`, 'g'), lead: 1, partners: 2 },
  { re: new RegExp(`${SENTENCE}(?!由)${NAMES}(?:要|将|应|应当)?会同([^，。；：]{2,120}?)(?=负责|牵头|共同|研究|提出|制定|制订|组织|建立|做好|进行|落实|办理|加强|开展|推进|加大|统筹|推动|完善|编制|实施|指导|督促)`, 'g'), lead: 1, partners: 2 },
  { re: new RegExp(`${CLAUSE}由${NAMES}牵头[，,]\\s*(?:会同|联合)([^，。；：]{2,120}?)(?=${VERBS}|等(?:有关|相关)?(?:部门|单位)[，,])`, 'g'), lead: 1, partners: 2 },
  { re: new RegExp(`${CLAUSE}由${NAMES}牵头[，,]([^，。；：]{2,120}?)(?:配合|参与|协助|协同)`, 'g'), lead: 1, partners: 2 },
  { re: new RegExp(`${CLAUSE}(?!由)${NAMES}牵头[，,]([^，。；：]{2,120}?)(?:配合|参与|协助|协同)`, 'g'), lead: 1, partners: 2 },
  { re: new RegExp(`${CLAUSE}由?${NAMES}牵头(?=负责|组织|开展|推进|建立|制定|制订|编制|实施|抓好|做好|落实|研究)`, 'g'), lead: 1, partners: 0 },
  // …工作由A负责: the 由 follows the work it assigns (never 由于, 自由, 理由, 缘由).
  { re: new RegExp(`(?:^|[^自理缘经])由(?!于|此)(${NAME})(?:负责|承担)(?!人|同志)`, 'g'), lead: 1, partners: 0 },
];

/**
 * Words that start a clause, not a name: what stands before 牵头 or 会同 after a comma is a name
 * only when it is one (积极推动省科技厅… names no body; 鼓励龙头企业牵头… names no body either).
 */
const NOT_A_NAME = /^(?:要|将|应|并|和|与|及|在|对|把|由|为|按|经|从|以|同时|积极|加快|推动|支持|鼓励|引导|组织|统筹|建立|加强|依托|通过|充分|进一步|切实|认真|全面|强化|完善|推进|做好|落实|实行|实施)|的|^(?:政府|部门|单位|企业|地方)$/;

export interface SentenceAssignment {
  start: number;
  end: number;
  value: ParsedDepartments;
}

/**
 * Responsibilities printed as sentences of a paragraph (由A会同B负责…, A会同B研究提出…, 由A牵头，
 * B配合). The one who 会同s or 牵头s leads and is named as a body (a department or a government,
 * never 各级财政部门 or 有关方面); the bodies it works with are its partners.
 */
export function sentenceAssignments(printedText: string, isBody: (name: string) => boolean): SentenceAssignment[] {
  const text = fold(printedText);
  const out: SentenceAssignment[] = [];
  for (const n of SENTENCE_NOTATIONS) {
    for (const m of text.matchAll(n.re)) {
      const leads = m[n.lead].split(/[、及]/).map((x) => x.trim());
      if (leads.length === 0 || !leads.every((l) => isBody(l) && !NOT_A_NAME.test(l))) continue;
      const start = m.index + m[0].indexOf(m[n.lead]);
      const end = m.index + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // The partners end at 等部门 where the sentence goes on (…等部门赴广安市…).
      const printed = n.partners === 0 ? '' : m[n.partners];
      const listed = /^.*?等(?:有关|相关)?(?:部门|单位|方面)/.exec(printed)?.[0] ?? printed;
      const { partners, openEnded } = partnerList(listed.replace(/(?:等)?(?:有关|相关)?方面$/, '等'));
      out.push({ start, end, value: { leads, leadVerb: '', partners, partnersOpenEnded: openEnded, notation: 'trailing-parenthesis', undivided: false, deadline: null } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function nextOpening(text: string, from: number): number {
  const k = text.slice(from).search(/[（(〔]/);
  return k === -1 ? -1 : from + k;
}

/** Where a stated lead rule is printed: 列第一位的为牵头单位 and its variants. */
export const STATED_FIRST_LISTED = /(?:列|排)(?:在)?(?:第一位|首位|第一)(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)|(?:第一|首)(?:个|家|位)?(?:责任)?(?:单位|部门)(?:为|是)牵头(?:单位|部门)/;

/**
 * For the repair pass: whether a line is a labelled assignment (责任单位：…, 完成时限：…) and, if so,
 * whether it stops mid-list (…、) so that the next line continues it. Null for any other line.
 */
export function labelledLineUnfinished(text: string): boolean | null {
  const t = fold(text).trim();
  if (OPEN.test(t)) return null;
  if (!(leadPartnerLine.claims(t) || responsibilityLine.claims(t) || readDeadlineLine(t) !== null || readPartnerLine(t) !== null)) return null;
  return /[、，,：:；;]$/.test(t);
}
