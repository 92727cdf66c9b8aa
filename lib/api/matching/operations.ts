import { z } from "zod";
import { defineApiOperation } from "../define-api-operation";
import { apiMandateMatchesPageSchema, apiMandatesPageSchema, apiMatchesPageSchema, listApiMandatesQuerySchema, listApiMatchesQuerySchema } from "./matching-schemas";

const FLAG = "403 when the org's marketplace feature (which matching rides on) is off.";
const KEYSET = "By keyset: up to `limit` (25, at most 100) a page; pass `nextCursor` back as `cursor` until it is null (a cursor this API did not hand out is a 400).";

export const listMandatesOperation = defineApiOperation({
  id: "listMandates",
  method: "GET",
  path: "/mandates",
  scope: "matches:read",
  tag: "Matching",
  summary: "List the org's investment mandates, newest first",
  description: `Newest first, then by id. ${KEYSET} An investor's key only: another kind of org's gets 404. ${FLAG}`,
  query: listApiMandatesQuerySchema,
  response: apiMandatesPageSchema,
});

export const listMatchesOperation = defineApiOperation({
  id: "listMatches",
  method: "GET",
  path: "/matches",
  scope: "matches:read",
  tag: "Matching",
  summary: "List the org's matches, newest first",
  description:
    "From the key's side: an investor sees every match of its own; a developer its proposals and the matches an investor has shown interest in. " +
    `Optionally one status. Newest first (then by id), not by latest activity: a match moves whenever it changes, which a cursor could not follow; ` +
    `updatedAt says when it last did. ${KEYSET} ${FLAG}`,
  query: listApiMatchesQuerySchema,
  response: apiMatchesPageSchema,
});

export const listMandateMatchesOperation = defineApiOperation({
  id: "listMandateMatches",
  method: "GET",
  path: "/mandates/{mandateId}/matches",
  scope: "matches:read",
  tag: "Matching",
  summary: "List one mandate's matches with their score breakdowns",
  description:
    "Each match with the per-dimension breakdown the mandate page shows (score, weight, points, reason). Newest first (then by id), not best " +
    `first: a rescore reorders scores under a cursor. ${KEYSET} An investor's key only: another kind of org's, and another org's mandate, get 404. ${FLAG}`,
  params: z.object({ mandateId: z.uuid().meta({ description: "The mandate's id." }) }),
  query: listApiMandatesQuerySchema,
  response: apiMandateMatchesPageSchema,
});
