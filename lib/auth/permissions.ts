import { AppError } from "@/lib/errors/app-error";
import type { OrgType, Role } from "./tenant-context";

/** viewer < analyst < manager < admin: each role can do everything the roles below it can. */
export const ROLE_RANK: Record<Role, number> = { viewer: 0, analyst: 1, manager: 2, admin: 3 };

/** The lowest role that holds each permission. One map, checked by one helper. */
export const PERMISSION_MIN_ROLE = {
  "projects.read": "viewer",
  "projects.write": "analyst",
  "projects.publish": "manager",
  "projects.archive": "manager",
  "milestones.write": "analyst",
  "budget.write": "analyst",
  "dataroom.read": "viewer",
  "dataroom.write": "analyst",
  "audit.read": "manager",
  "team.read": "viewer",
  "team.manage": "admin",
  "settings.manage": "admin",
  "jobs.manage": "admin",
  "ai.run": "analyst",
  "matching.write": "analyst",
  "qa.write": "analyst",
  "qa.assign": "manager",
  "covenants.waive": "manager",
  "ai.usage.read": "admin",
  "platform.manage": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSION_MIN_ROLE;

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[PERMISSION_MIN_ROLE[permission]];
}

export function assertPermission(role: Role, permission: Permission): void {
  if (!hasPermission(role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${role}) cannot do this: it needs ${PERMISSION_MIN_ROLE[permission]} or above.`);
  }
}

/**
 * A feature that belongs to other kinds of organisation answers 404, like another tenant's
 * record: the caller learns nothing about what exists there.
 */
export function assertOrgType(orgType: OrgType, allowed: readonly OrgType[]): void {
  if (!allowed.includes(orgType)) throw new AppError("NOT_FOUND", "Not found.");
}
