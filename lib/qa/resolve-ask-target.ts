import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getMemberRoomOrThrow, hasAcceptedCurrentNda } from "@/lib/deal-rooms/get-room-or-throw";
import { AppError, notFound } from "@/lib/errors/app-error";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import type { AskQuestionInput } from "./schemas";

/**
 * Where an investor may ask about a project: on its marketplace listing, or in a deal room its org
 * is a member of (the project need not be listed any more) once the asker accepted the room's NDA.
 * A room of another project, or one the org left, is a 404 like any unknown room.
 */
export async function resolveAskTarget(actor: Actor | ApiKeyActor, input: Pick<AskQuestionInput, "projectId" | "dealRoomId">) {
  if (!input.dealRoomId) return { project: await getListedProjectOrThrow(input.projectId), dealRoomId: null };
  if (actor.kind === "api-key") {
    throw new AppError("FORBIDDEN", "A question in a deal room is asked by a member who accepted its NDA, in the app; an API key asks on the marketplace only.");
  }
  const { room } = await getMemberRoomOrThrow(actor, input.dealRoomId);
  if (room.projectId !== input.projectId) throw notFound("Deal room");
  if (!(await hasAcceptedCurrentNda(actor, room))) throw new AppError("FORBIDDEN", "Accept the room's NDA before asking a question in it.");
  const project = await db.project.findUniqueOrThrow({ where: { id: room.projectId }, include: { org: true, marketplaceSettings: true } });
  return { project, dealRoomId: room.id };
}
