// The shared print layout, on the bed board: what Chromium prints, read back from the PDF.
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { pdfPages, printedPdf } from './pdf.ts';
import { seedHouse } from './stays-seed.ts';
import { go } from './stays-flows.ts';

test('the bed board prints with the header, the notice and page numbers; codes replace names on request', async ({
  app,
  core,
}) => {
  test.slow();
  await signedInAsAdmin(app, core);
  const c = clientOf(app);
  await seedHouse(c);
  const jelena = (await c.invoke('residents.list', {})) as { ok: true; value: { code: string; displayName: string }[] };
  const code = jelena.value.find((r) => r.displayName === 'Jelena Nikolić')!.code;

  await go(app, '/board');
  await expect(app.locator('[data-total=occupied]')).toContainText('17');
  const pages = pdfPages(await printedPdf(app));
  const all = pages.join('\n');
  expect(pages[0]).toContain('Together We Thrive · Safe House Belgrade');
  expect(pages[0]).toContain('Confidential — contains personal data');
  expect(pages[0]).toMatch(/Printed by Ana Admin/);
  expect(pages[0]).toContain('Bed board');
  pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
  expect(all).toContain(`Jelena Nikolić · ${code}`);
  expect(all).not.toContain('Marija'); // a do-not-disclose resident: never her name on a shared print
  expect(all).toContain('Maša');

  await app.getByRole('checkbox', { name: 'Codes instead of names' }).check();
  const coded = pdfPages(await printedPdf(app)).join('\n');
  expect(coded).toContain(code);
  expect(coded).not.toContain('Jelena');
  expect(coded).not.toContain('Maša');

  // Printing through the app is audited first (the browser's own dialog does not open headless).
  await app.getByRole('button', { name: 'Print…' }).click();
  await expect
    .poll(
      () =>
        core.database().prepare("SELECT detail FROM audit_log WHERE action = 'print'").all() as { detail: string }[],
    )
    .toHaveLength(1);
  const [row] = core.database().prepare("SELECT detail FROM audit_log WHERE action = 'print'").all() as {
    detail: string;
  }[];
  expect(JSON.parse(row!.detail)).toMatchObject({ what: 'bedBoard', codesOnly: true, output: 'printer' });
});
