import { z } from "zod";
import { defineApiOperation } from "../define-api-operation";
import { apiMandatesPageSchema, apiMatchesPageSchema, listApiMatchesQuerySchema, pageQuerySchema } from "./matching-schemas";

const FLAG = "403 when the org's marketplace feature (which matching rides on) is off.";

export const listMandatesOperation = defineApiOperation({
  id: "listMandates",
  method: "GET",
  path: "/mandates",
  scope: "matches:read",
  tag: "Matching",
  summary: "List the org's investment mandates",
  description: `Active first, then by name; pages of 50 by page number. An investor's key only: another kind of org's gets 404. ${FLAG}`,
  query: z.object({ page: pageQuerySchema }),
  response: apiMandatesPageSchema,
});

export const listMatchesOperation = defineApiOperation({
  id: "listMatches",
  method: "GET",
  path: "/matches",
  scope: "matches:read",
  tag: "Matching",
  summary: "List the org's matches, latest activity first",
  description:
    "From the key's side: an investor sees every match of its own; a developer its proposals and the matches an investor has shown interest in. " +
    `Pages of 25 by page number, optionally one status (total counts that status). ${FLAG}`,
  query: listApiMatchesQuerySchema,
  response: apiMatchesPageSchema,
});
