import { z } from "zod";
import { MATCH_STATUSES } from "@/lib/matching/match-statuses";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { MATCH_MESSAGE_MAX_LENGTH, MATCH_NOTES_MAX_LENGTH } from "./match-transitions";

const matchId = z.uuid("Unknown match.");

export const matchIdSchema = z.object({ matchId });

export const transitionMatchSchema = z.object({ matchId, to: z.enum(MATCH_STATUSES, "Unknown status.") });

export const updateMatchNotesSchema = z.object({
  matchId,
  notes: z
    .string()
    .max(MATCH_NOTES_MAX_LENGTH, `Keep your notes under ${MATCH_NOTES_MAX_LENGTH.toLocaleString("en")} characters.`)
    .refine(hasNoNul, NUL_MESSAGE),
});

export const postMatchMessageSchema = z.object({
  matchId,
  content: z
    .string()
    .trim()
    .min(1, "Write a message first.")
    .max(MATCH_MESSAGE_MAX_LENGTH, `A message can be at most ${MATCH_MESSAGE_MAX_LENGTH.toLocaleString("en")} characters.`)
    .refine(hasNoNul, NUL_MESSAGE),
});

export const expressInterestSchema = z.object({ projectId: z.uuid("Unknown project."), mandateId: z.uuid("Unknown mandate.").nullish() });

export const proposeProjectSchema = z.object({ projectId: z.uuid("Choose one of your published projects."), mandateId: z.uuid("Unknown mandate.") });

/** The inbox URL: ?status=INTERESTED&page=2; anything unknown falls back to every status, page 1. */
export const matchInboxQuerySchema = z.object({
  status: z.enum(MATCH_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
