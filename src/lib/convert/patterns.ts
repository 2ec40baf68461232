/**
 * Line shapes that several passes must know: the repair pass never joins such a line to the one
 * before it, and the envelope, outline and attachment readers read them. One place, so that the
 * passes agree and import no pass from each other.
 */
import { fold } from './fold.ts';

/** A line of text as the outline sees it: physical lines joined across line and page breaks. */
export interface LogicalLine {
  text: string;
  line: number;
  endLine: number;
  marks: import('../model/schema.ts').Mark[];
  /** Set on a row of a table the format printed as one (a portal page's, a Word file's, a PDF's). */
  table?: import('./read.ts').TableRowRef;
  /** Set on the lines of a 专栏 printed as a table: the table's block index (SourceLine.box). */
  box?: number;
}

/** 附件, 附件1, 附件 2, 附件三 (alone on its line; 附件：… lists attachments instead). */
export const ATTACHMENT_START = /^附\s*件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})?\s*$/;

/** A line that starts a numbered table row: 1⇥…, 12  … */
export const ROW_START = /^\s*([0-9０-９]{1,3})[.．、]?(?:\t|\u3000| {2,})/;

/** 专栏1 重点工程 / 专栏 2：… — a titled box inside a chapter or section. */
export const BOX_START = /^专栏\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:、.．]?\s*/;

/** 文号: 辽政发〔2015〕24号, 国办发〔2019〕6号, with [ ] or （ ） for 〔 〕 as some copies print them. */
const DOC_NUMBER = /^\S{1,16}[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号$/;
export const isDocNumber = (text: string): boolean => DOC_NUMBER.test(fold(text.trim()));

/** Lines of an envelope with a fixed meaning: 特急, 公开方式：主动公开, 发布日期：… */
export const OTHER_ENVELOPE_LINE = /^(?:特急|加急|特提|平急|急件|(?:公开方式|公开属性|信息公开选项|发布日期|成文日期)\s*[：:].*)$/;
