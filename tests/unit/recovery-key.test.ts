import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  newRecoveryKey,
  normaliseRecoveryKey,
  RECOVERY_GROUP_COUNT,
  RECOVERY_GROUP_SIZE,
} from '../../electron/core/vault/recovery-key.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const FORMAT = /^[A-Z2-7]{5}(-[A-Z2-7]{5}){5}$/;

// Keys generated once by newRecoveryKey(): a fixed sample, so that the exhaustive checks below are
// deterministic (a 20-bit checksum misses a given substitution with probability 2^-20; these keys
// are known to have no such miss).
const SAMPLE = [
  'B2CIV-XWTZ5-YJSNJ-ULFJM-477LB-MBZKK',
  'QDA6J-CRBA3-GO34J-BEE4M-FO6JR-QGRZ6',
  'ZQYYC-VXN77-VYFY4-AAVR7-7SCHC-ABNGZ',
  'LKKPL-2G2SO-MP3AO-HP6GE-5VSW2-4VMTF',
  'SKIVH-HDGF5-WHMZC-MKAE6-FFCH7-E47YE',
  'LXEOE-7UX7B-LGGWD-PIOGF-FU2UT-YBM3P',
];

/** RFC 4648 base32 decoding of the 26 data characters into 130 bits. */
function dataBits(key: string): string {
  return [...key.replace(/-/g, '').slice(0, 26)].map((c) => ALPHABET.indexOf(c).toString(2).padStart(5, '0')).join('');
}

describe('recovery key format', () => {
  it('is 6 groups of 5 base32 characters, 26 data + 4 checksum', () => {
    expect(RECOVERY_GROUP_SIZE).toBe(5);
    expect(RECOVERY_GROUP_COUNT).toBe(6);
    for (let i = 0; i < 200; i++) expect(newRecoveryKey()).toMatch(FORMAT);
  });

  it('the sample keys are real keys (self-check of this file)', () => {
    for (const key of SAMPLE) expect(normaliseRecoveryKey(key)).toBe(key.replace(/-/g, ''));
  });

  it('carries 128 bits of entropy: 26 data characters, the last one holding 3 bits', () => {
    const keys = Array.from({ length: 600 }, () => newRecoveryKey());
    const lastChars = new Set<string>();
    const values = new Set<string>();
    for (const key of keys) {
      const bits = dataBits(key);
      expect(bits).toHaveLength(130);
      expect(bits.slice(128)).toBe('00'); // padding: 128 bits fill 25 characters and 3 bits of the 26th
      values.add(bits.slice(0, 128));
      lastChars.add(key.replace(/-/g, '')[25]!);
    }
    expect(values.size).toBe(keys.length);
    // All 8 values of the 3 bits appear: A E I M Q U Y 4.
    expect([...lastChars].sort()).toEqual(['4', 'A', 'E', 'I', 'M', 'Q', 'U', 'Y']);
    // Every bit position varies (no stuck bit from a bad base32 encoder).
    for (let b = 0; b < 128; b++) {
      const ones = keys.filter((k) => dataBits(k)[b] === '1').length;
      expect(ones, `bit ${b}`).toBeGreaterThan(200);
      expect(ones, `bit ${b}`).toBeLessThan(400);
    }
  });
});

describe('normaliseRecoveryKey', () => {
  it('round-trips every new key, ignoring case and separators', () => {
    fc.assert(
      fc.property(fc.constantFrom('-', ' ', '', '  ', ' - ', '.', '_'), fc.boolean(), (separator, lower) => {
        const key = newRecoveryKey();
        const plain = key.replace(/-/g, '');
        let typed = key.split('-').join(separator);
        if (lower) typed = typed.toLowerCase();
        expect(normaliseRecoveryKey(typed)).toBe(plain);
        expect(normaliseRecoveryKey(`  ${typed}\n`)).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('reads 0, 1 and 8 as O, I and B', () => {
    const keys = Array.from({ length: 300 }, () => newRecoveryKey());
    for (const [letter, digit] of [
      ['O', '0'],
      ['I', '1'],
      ['B', '8'],
    ] as const) {
      const withLetter = keys.filter((k) => k.includes(letter));
      expect(withLetter.length).toBeGreaterThan(10);
      for (const key of withLetter) {
        expect(normaliseRecoveryKey(key.replaceAll(letter, digit))).toBe(key.replace(/-/g, ''));
        expect(normaliseRecoveryKey(key.replaceAll(letter, digit).toLowerCase())).toBe(key.replace(/-/g, ''));
      }
    }
  });

  it('catches every single-character substitution in the sample', () => {
    for (const key of SAMPLE) {
      const plain = key.replace(/-/g, '');
      for (let i = 0; i < plain.length; i++) {
        for (const c of ALPHABET) {
          if (c === plain[i]) continue;
          const typo = plain.slice(0, i) + c + plain.slice(i + 1);
          expect(normaliseRecoveryKey(typo), `${key} @${i} → ${c}`).toBeNull();
        }
      }
    }
  });

  it('catches every adjacent transposition in the sample', () => {
    for (const key of SAMPLE) {
      const plain = key.replace(/-/g, '');
      for (let i = 0; i + 1 < plain.length; i++) {
        if (plain[i] === plain[i + 1]) continue;
        const swapped = plain.slice(0, i) + plain[i + 1] + plain[i] + plain.slice(i + 2);
        expect(normaliseRecoveryKey(swapped), `${key} swap @${i}`).toBeNull();
      }
    }
  });

  it('refuses wrong lengths and characters outside the alphabet', () => {
    const plain = SAMPLE[0]!.replace(/-/g, '');
    for (const bad of [
      '',
      'ABC',
      plain.slice(0, -1),
      `${plain}A`,
      `${plain.slice(0, -1)}9`,
      `${plain.slice(0, -1)}Ž`,
      'Ö'.repeat(30),
    ]) {
      expect(normaliseRecoveryKey(bad), bad).toBeNull();
    }
  });

  it('property: a random string of the right shape is almost never a key', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z2-7]{30}$/), (s) => {
        if (normaliseRecoveryKey(s) !== null) accepted++;
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeLessThanOrEqual(1); // expected 2000 / 2^20 ≈ 0.002
  });
});
