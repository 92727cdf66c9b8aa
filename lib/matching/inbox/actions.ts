"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { matchingAccess } from "@/lib/matching/access";
import { expressInterest } from "./express-interest";
import { postMatchMessage } from "./post-match-message";
import { proposeProject } from "./propose-project";
import { expressInterestSchema, postMatchMessageSchema, proposeProjectSchema, transitionMatchSchema, updateMatchNotesSchema } from "./schemas";
import { transitionMatch } from "./transition-match";
import { updateMatchNotes } from "./update-match-notes";

/** The inbox and the match page show the status, the order by activity and the unread counts. */
function revalidateMatch(matchId: string) {
  revalidatePath("/matches");
  revalidatePath(`/matches/${matchId}`);
}

/** Each side's own moves (MATCH_TRANSITIONS) are checked by transitionMatch. */
export const transitionMatchAction = orgActionClient
  .metadata({ actionName: "transitionMatch", access: matchingAccess.actOnMatches })
  .inputSchema(transitionMatchSchema)
  .action(async ({ parsedInput, ctx }) => {
    const match = await transitionMatch(ctx.actor, parsedInput);
    revalidateMatch(match.id);
    return { status: match.status };
  });

export const updateMatchNotesAction = orgActionClient
  .metadata({ actionName: "updateMatchNotes", access: matchingAccess.actOnMatches })
  .inputSchema(updateMatchNotesSchema)
  .action(async ({ parsedInput, ctx }) => updateMatchNotes(ctx.actor, parsedInput));

export const postMatchMessageAction = orgActionClient
  .metadata({ actionName: "postMatchMessage", access: matchingAccess.actOnMatches, rateLimit: "match-message" })
  .inputSchema(postMatchMessageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const message = await postMatchMessage(ctx.actor, parsedInput);
    revalidateMatch(parsedInput.matchId);
    return { id: message.id };
  });

/** From the marketplace's project page: the investor's interest, as a new or moved match. */
export const expressInterestAction = orgActionClient
  .metadata({ actionName: "expressInterest", access: marketplaceAccess.engage })
  .inputSchema(expressInterestSchema)
  .action(async ({ parsedInput, ctx }) => {
    const matchId = await expressInterest(ctx.actor, parsedInput.projectId, parsedInput.mandateId);
    revalidateMatch(matchId);
    return { matchId };
  });

export const proposeProjectAction = orgActionClient
  .metadata({ actionName: "proposeProject", access: matchingAccess.proposeProjects })
  .inputSchema(proposeProjectSchema)
  .action(async ({ parsedInput, ctx }) => {
    const matchId = await proposeProject(ctx.actor, parsedInput);
    revalidateMatch(matchId);
    return { matchId };
  });
