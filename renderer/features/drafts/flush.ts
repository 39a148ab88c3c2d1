// Forms with a draft not yet written register here, so that a lock the user asks for first
// writes them: a reload follows the lock and would drop the last second of typing.
const pending = new Set<() => Promise<void>>();

export function registerDraftFlush(flush: () => Promise<void>): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

export async function flushDrafts(): Promise<void> {
  await Promise.all([...pending].map((flush) => flush()));
}
