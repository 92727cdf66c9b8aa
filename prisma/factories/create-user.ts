import type { UserRole } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateUserInput = { orgId: string; role?: UserRole; email?: string; fullName?: string; isActive?: boolean };

/**
 * Creates a local-mode user (external_auth_id `local|<email>`), or returns the one with that
 * email. Clerk users are created from Clerk sessions and webhooks instead.
 */
export async function createUser(db: FactoryDb, input: CreateUserInput) {
  const email = (input.email ?? `user-${uniqueSuffix()}@test.example`).toLowerCase();
  return db.user.upsert({
    where: { email },
    update: {},
    create: {
      orgId: input.orgId,
      email,
      fullName: input.fullName ?? email.split("@")[0],
      role: input.role ?? "viewer",
      externalAuthId: `local|${email}`,
      isActive: input.isActive ?? true,
      preferences: { digest: "weekly" },
    },
  });
}
