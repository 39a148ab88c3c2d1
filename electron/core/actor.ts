/** Who acts and when (the core's clock): what services need from a call to write and audit. */
export interface Actor {
  now: Date;
  userId: string | null;
}
