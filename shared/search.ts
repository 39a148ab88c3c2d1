// Search that forgives diacritics and script: "djordjevic", "dordevic" and "Ђорђевић" all find
// "Đorđević". Both the text searched and the query go through the same key.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

export function searchKey(text: string): string {
  return [...text.toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // combining marks: č → c, š → s, é → e
    .replace(/dj/g, 'd') // "Djordjevic", the ASCII spelling of Đorđević
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of the query starts a word, or sits inside a word, of the text's key. */
export function matchesSearch(textKey: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  return words.every((w) => textKey.includes(w));
}

/**
 * The do-not-disclose search rule, the one place it is written: a protected resident (flagged, or
 * the child of a flagged parent) is found by alias and code only, never by the real name; anyone
 * else by given and family name too. The core stores this key; the renderer builds the same from
 * a summary (where a protected resident's names arrive as null anyway).
 */
export function residentSearchKey(
  r: { code: string; givenName: string | null; familyName: string | null; alias: string },
  isProtected: boolean,
): string {
  const words = isProtected ? [r.alias, r.code] : [r.givenName ?? '', r.familyName ?? '', r.alias, r.code];
  return searchKey(words.join(' '));
}
