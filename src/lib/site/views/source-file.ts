/**
 * The plan's file as published, for readers: what format it came in, how large it is, where to
 * download it, and how to name a place in it (a line of a text file, a page and line of a PDF, a
 * paragraph or table cell of a portal page or Word file).
 */
import type { PlanModel, SourceFormat } from '../../model/schema.ts';
import { originalPath } from '../../model/routes.ts';

export const FORMAT_LABEL: Record<SourceFormat, string> = {
  text: '文本文件',
  html: '门户网站网页',
  docx: 'Word 文件（.docx）',
  pdf: 'PDF 文件',
};

/** 39 KB, 1.2 MB: the size as a download link names it. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** A place in the file as published, in words: 第 12 行; 第 3 页第 12 行; 第 14 段; 第 14 段（表格第 2 行第 3 格）. */
export function locationLabel(model: Pick<PlanModel, 'source'>, line: number): string {
  const pos = model.source.positions?.[line - 1];
  return pos ? positionLabel(pos, line) : `第 ${line} 行`;
}

/** A position as formatPosition prints it (12, p3:12, b14:r2:c3), in words; `line` stands in for one that is no such position. */
export function positionLabel(pos: string, line?: number): string {
  const page = /^p(\d+)(?::(\d+))?$/.exec(pos);
  if (page) return page[2] ? `第 ${page[1]} 页第 ${page[2]} 行` : `第 ${page[1]} 页`;
  const block = /^b(\d+)(?::r(\d+))?(?::c(\d+))?$/.exec(pos);
  if (!block) return /^\d+$/.test(pos) ? `第 ${pos} 行` : `第 ${line ?? pos} 行`;
  const where = `第 ${Number(block[1]) + 1} 段`;
  if (block[2] === undefined) return where;
  return `${where}（表格第 ${Number(block[2]) + 1} 行${block[3] !== undefined ? `第 ${Number(block[3]) + 1} 格` : ''}）`;
}

export interface SourceFileView {
  format: string;
  size: string | null;
  /** The original's download address, or null when the build has no copy of it. */
  href: string;
  /** The sentence that opens the list of repairs. */
  repairsIntro: string;
}

export function sourceFileView(model: Pick<PlanModel, 'id' | 'source'>): SourceFileView {
  const { format, file, bytes } = model.source;
  return {
    format: FORMAT_LABEL[format],
    size: bytes === null ? null : sizeLabel(bytes),
    href: originalPath(model.id, file),
    repairsIntro: format === 'text'
      ? `原文由 PDF 提取，分页处会断开词句或重复文字，个别字为繁体或异体。以下每处修复都可与来源文件（${file}）逐行核对；除此之外，文字一字未改。`
      : `原文读自${FORMAT_LABEL[format]}（${file}）。以下每处修复都注明在来源文件中的位置，可逐处核对；除此之外，文字一字未改。`,
  };
}
