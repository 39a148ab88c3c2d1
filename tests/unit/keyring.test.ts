import { describe, expect, it } from 'vitest';
import { makeSlot, newDataKey, openSlot } from '../../electron/core/vault/keyring.ts';
import { slotSchema } from '../../electron/core/vault/vault-file.ts';
import { TEST_KDF_COST } from '../fixtures/core.ts';

const NOW = new Date('2026-03-01T09:00:00Z');
const fields = {
  kind: 'password' as const,
  userId: '0190a4c2-0000-7000-8000-000000000001',
  username: 'ana',
  now: NOW,
  cost: TEST_KDF_COST,
};

describe('key slots', () => {
  it('wrap and unwrap the data key; a wrong secret opens nothing', async () => {
    const dataKey = newDataKey();
    const slot = await makeSlot(dataKey, 'the secret', fields);
    expect(slotSchema.safeParse(slot).success).toBe(true);
    expect(slot.kdf).toMatchObject(TEST_KDF_COST);
    expect(await openSlot(slot, 'the secret')).toEqual(dataKey);
    expect(await openSlot(slot, 'The secret')).toBeNull();
    expect(await openSlot(slot, '')).toBeNull();
  });

  it('each slot has its own id, salt and iv, even for the same key and secret', async () => {
    const dataKey = newDataKey();
    const [a, b] = await Promise.all([makeSlot(dataKey, 's', fields), makeSlot(dataKey, 's', fields)]);
    expect(a.id).not.toBe(b.id);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.wrap.iv).not.toBe(b.wrap.iv);
    expect(a.wrap.ciphertext).not.toBe(b.wrap.ciphertext);
  });

  it('is bound to its id and parameters: any edit makes it open nothing', async () => {
    const slot = await makeSlot(newDataKey(), 'the secret', fields);
    const other = await makeSlot(newDataKey(), 'x', fields);
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0]! ^= 1;
      return bytes.toString('base64');
    };
    for (const edited of [
      { ...slot, id: other.id },
      { ...slot, kdf: { ...slot.kdf, salt: other.kdf.salt } },
      { ...slot, wrap: { ...slot.wrap, iv: flip(slot.wrap.iv) } },
      { ...slot, wrap: { ...slot.wrap, ciphertext: flip(slot.wrap.ciphertext) } },
      { ...slot, wrap: { ...slot.wrap, tag: flip(slot.wrap.tag) } },
    ]) {
      expect(await openSlot(edited, 'the secret')).toBeNull();
    }
  });

  it('wraps the key as it was when asked, even if the caller wipes its buffer during the KDF', async () => {
    // The core wipes its copy of the data key when the last session locks, which can happen while
    // a password change is deriving its key.
    const held = newDataKey();
    const original = Buffer.from(held);
    const making = makeSlot(held, 'the secret', fields);
    held.fill(0);
    const slot = await making;
    expect(await openSlot(slot, 'the secret')).toEqual(original);
  });
});
