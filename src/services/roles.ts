/**
 * Who may do what (§1, T3, S3). Members and API keys share the three project roles; an API key
 * may instead have `simSwapCheck`, which may ask the CAMARA SIM swap questions and nothing else.
 */

export const memberRoles = ["owner", "support", "viewer"] as const;
export type MemberRole = (typeof memberRoles)[number];

export const roles = [...memberRoles, "simSwapCheck"] as const;
/** The role of whoever calls: a member's role in the project, or an API key's role. */
export type Role = (typeof roles)[number];

/**
 * Rank of each role for the project API: viewers read, support also acts, owners also manage.
 * `simSwapCheck` ranks below every route, so every project route refuses it.
 */
const rank: Record<Role, number> = { simSwapCheck: -1, viewer: 0, support: 1, owner: 2 };

/** Whether `role` may do what needs `least` on the project API. */
export function hasRole(role: Role, least: MemberRole): boolean {
  return rank[role] >= rank[least];
}

/** Whether `role` may ask the CAMARA SIM swap questions (S3): its own role, and owners. */
export function maySimSwapCheck(role: Role): boolean {
  return role === "simSwapCheck" || role === "owner";
}

export function isMemberRole(value: string): value is MemberRole {
  return (memberRoles as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
