export const ROLES = ['staff', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { staff: 1, manager: 2, admin: 3 };

/** True when `role` may do what `least` may do (staff < manager < admin). */
export function roleAtLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}
