import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";

/** A user of the actor's org, read inside the write's transaction; another org's user is the same 404. */
export async function getMemberOrThrow(tx: Tx, orgId: string, userId: string) {
  const member = await tx.user.findFirst({ where: { id: userId, orgId } });
  if (!member) throw notFound("Member");
  return member;
}
