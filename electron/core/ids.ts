// UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then 74 random bits, so ids sort by
// creation time. Not node:crypto's randomUUIDv7: it exists only from Node 24.16, and Electron's
// embedded Node may be older; Web Crypto's getRandomValues is in every runtime we ship on.

const RANDOM_BITS = 74n;
const RANDOM_LIMIT = 1n << RANDOM_BITS;

function randomField(): bigint {
  const bytes = crypto.getRandomValues(new Uint8Array(10)); // 80 bits, 74 kept
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  // The top bit stays clear so that increments within one millisecond have room before overflow.
  return n & ((RANDOM_LIMIT >> 1n) - 1n);
}

/**
 * A v7 generator over a clock. Monotonic: within one millisecond (or if the clock steps back) the
 * random field counts up from the previous id instead of being drawn again (RFC 9562 §6.2, method 2).
 */
export function uuidv7Generator(nowMs: () => number = Date.now) {
  let lastMs = -1;
  let lastRandom = 0n;
  return function uuidv7(): string {
    let ms = nowMs();
    let random: bigint;
    if (ms > lastMs) {
      random = randomField();
    } else {
      ms = lastMs;
      random = lastRandom + 1n;
      if (random >= RANDOM_LIMIT) {
        ms += 1;
        random = randomField();
      }
    }
    lastMs = ms;
    lastRandom = random;
    return format(ms, random);
  };
}

function format(ms: number, random: bigint): string {
  const randA = Number(random >> 62n); // 12 bits
  const randB = random & ((1n << 62n) - 1n); // 62 bits
  const hex =
    ms.toString(16).padStart(12, '0') +
    (0x7000 | randA).toString(16).padStart(4, '0') +
    ((1n << 63n) | randB).toString(16).padStart(16, '0'); // variant 10 in the top two bits
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new id for a row: time-ordered, unique within this process even within one millisecond. */
export const uuidv7 = uuidv7Generator();
