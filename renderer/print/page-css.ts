/** A JavaScript string as a CSS string literal (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export interface PageFrame {
  orientation: 'portrait' | 'landscape';
  /** Top left of every page: organisation and premises. */
  topLeft: string;
  /** Top right of every page: the confidentiality notice. */
  topRight: string;
  /** Bottom left of every page: title and period. */
  bottomLeft: string;
  /** "Page {{page}} of {{pages}}" with the two placeholders where the counters go. */
  pageOf: string;
}

/**
 * The @page rules of a printed document. Chromium (print preview, printToPDF, page.pdf) draws the
 * margin boxes on every page; their text must be CSS strings, so the translated words are put into
 * a stylesheet here rather than into the document. The first page's head already names the
 * organisation and the notice, so its top margin stays empty.
 */
export function pageCss(f: PageFrame): string {
  const [before, between, after] = f.pageOf.split(/\{\{page\}\}|\{\{pages\}\}/) as [string, string?, string?];
  const counters = [
    cssString(before),
    'counter(page)',
    cssString(between ?? ' / '),
    'counter(pages)',
    cssString(after ?? ''),
  ].join(' ');
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #444;';
  return `@page {
  size: A4 ${f.orientation};
  margin: 16mm 12mm 16mm 12mm;
  @top-left { content: ${cssString(f.topLeft)}; ${box} }
  @top-right { content: ${cssString(f.topRight)}; ${box} font-weight: 700; }
  @bottom-left { content: ${cssString(f.bottomLeft)}; ${box} }
  @bottom-right { content: ${counters}; ${box} }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}`;
}
