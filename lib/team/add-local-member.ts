import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/db/generated/client";
import { assertLocalMembership } from "./assert-local-membership";
import { assertSeatAvailable } from "./assert-seat-available";
import type { AddLocalMemberInput } from "./schemas";
import { toMemberDto } from "./to-member-dto";

/** Emails are unique across the platform (one person, one org), so a taken one is a field error. */
const emailTaken = () =>
  new AppError("CONFLICT", "That email address already has an account.", {
    fieldErrors: { email: ["This email address already has an account on the platform: use another one."] },
  });

/** Local mode only: adds a user who signs in through the local sign-in, like the seeded ones. */
export async function addLocalMember(actor: Actor, input: AddLocalMemberInput) {
  assertLocalMembership();
  try {
    return await auditedWrite(actor, async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
      await assertSeatAvailable(tx, actor.org.id);
      const user = await tx.user.create({
        data: { orgId: actor.org.id, email: input.email, fullName: input.fullName, role: input.role, externalAuthId: `local|${input.email}` },
      });
      const dto = toMemberDto(user);
      return {
        result: dto,
        audit: {
          action: "user.created",
          entityType: "User",
          entityId: user.id,
          changes: { after: { name: dto.fullName, email: dto.email, role: dto.role, isActive: dto.isActive } },
        },
      };
    });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides, with the same message.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}
