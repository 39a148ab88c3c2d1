/**
 * Saves text the page built as a file: Blob + <a download>. In Electron, main.ts lets only such
 * blob:app://haven downloads through and shows the Save dialog; in a browser it is a download.
 */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference to the bytes once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
