import type { User } from "@/lib/db/generated/client";

/** What the team page gets of a user: plain and serialisable, nothing about their preferences or auth id. */
export function toMemberDto(user: User) {
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    avatarUrl: user.avatarUrl,
    isActive: user.isActive,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
export type MemberDto = ReturnType<typeof toMemberDto>;
