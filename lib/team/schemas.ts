import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { MEMBER_ROLES, type MemberRole } from "./member-roles";

export { MEMBER_ROLES, type MemberRole };

const roleSchema = z.enum(MEMBER_ROLES, "Choose a role.");
const memberIdSchema = z.uuid("Unknown member.");

export const changeMemberRoleSchema = z.object({ userId: memberIdSchema, role: roleSchema });
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const setMemberActiveSchema = z.object({ userId: memberIdSchema, isActive: z.boolean() });
export type SetMemberActiveInput = z.infer<typeof setMemberActiveSchema>;

export const addLocalMemberSchema = z.object({
  fullName: z.string().trim().min(2, "Enter the person's full name.").max(255, "Keep the name under 255 characters.").refine(hasNoNul, NUL_MESSAGE),
  email: z.string().trim().toLowerCase().max(320, "That email address is too long.").pipe(z.email("Enter a valid email address, e.g. name@company.com.")),
  role: roleSchema,
});
export type AddLocalMemberInput = z.infer<typeof addLocalMemberSchema>;
