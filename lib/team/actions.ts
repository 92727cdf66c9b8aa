"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { rethrowFieldErrors } from "@/lib/errors/rethrow-field-errors";
import { addLocalMember } from "./add-local-member";
import { changeMemberRole } from "./change-member-role";
import { addLocalMemberSchema, changeMemberRoleSchema, setMemberActiveSchema } from "./schemas";
import { setMemberActive } from "./set-member-active";
import { teamAccess } from "./access";

export const changeMemberRoleAction = orgActionClient
  .metadata({ actionName: "changeMemberRole", access: teamAccess.manage })
  .inputSchema(changeMemberRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const member = await changeMemberRole(ctx.actor, parsedInput);
    revalidatePath("/team");
    return { id: member.id, role: member.role };
  });

export const setMemberActiveAction = orgActionClient
  .metadata({ actionName: "setMemberActive", access: teamAccess.manage })
  .inputSchema(setMemberActiveSchema)
  .action(async ({ parsedInput, ctx }) => {
    const member = await setMemberActive(ctx.actor, parsedInput);
    revalidatePath("/team");
    return { id: member.id, isActive: member.isActive };
  });

export const addLocalMemberAction = orgActionClient
  .metadata({ actionName: "addLocalMember", access: teamAccess.manage })
  .inputSchema(addLocalMemberSchema)
  .action(async ({ parsedInput, ctx }) => {
    const member = await addLocalMember(ctx.actor, parsedInput).catch((error: unknown) => rethrowFieldErrors(addLocalMemberSchema, error));
    revalidatePath("/team");
    return { id: member.id };
  });
