import { describe, expect, it } from 'vitest';
import { cssString, pageCss } from '../../../renderer/print/page-css.ts';
import { residentLabel } from '../../../renderer/print/names.ts';

describe('print page frame', () => {
  it('quotes text so that no name can end the CSS string', () => {
    expect(cssString('Kuća "Sigurna" \\ 2')).toBe('"Kuća \\"Sigurna\\" \\\\ 2"');
    expect(cssString('two\nlines')).toBe('"two lines"');
  });

  it('puts the page counters where the translation has its placeholders', () => {
    const css = pageCss({
      orientation: 'landscape',
      topLeft: 'Org · House',
      topRight: 'Confidential',
      bottomLeft: 'Board',
      pageOf: 'Strana {{page}} od {{pages}}',
    });
    expect(css).toContain('size: A4 landscape');
    expect(css).toContain('content: "Strana " counter(page) " od " counter(pages) "";');
    expect(css).toContain('@top-left { content: "Org · House";');
  });

  it("leaves the first page's top margin empty: its head already names the organisation and the notice", () => {
    const css = pageCss({
      orientation: 'portrait',
      topLeft: 'Org',
      topRight: 'Conf',
      bottomLeft: 'B',
      pageOf: '{{page}}/{{pages}}',
    });
    expect(css).toMatch(/@page :first \{\s*@top-left \{ content: none; \}\s*@top-right \{ content: none; \}/);
  });
});

describe('a resident on paper', () => {
  it('is the code alone when codes are asked for, or when the core sent no name', () => {
    expect(residentLabel({ displayName: 'Jelena Marković', code: 'R-2026-0001' }, false)).toBe(
      'Jelena Marković · R-2026-0001',
    );
    expect(residentLabel({ displayName: 'Jelena Marković', code: 'R-2026-0001' }, true)).toBe('R-2026-0001');
    expect(residentLabel({ displayName: 'R-2026-0002', code: 'R-2026-0002' }, false)).toBe('R-2026-0002');
  });
});
