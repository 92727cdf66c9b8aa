import { z } from "zod";
import { MATCH_STATUSES } from "@/lib/matching/match-statuses";
import { defineEvent, orgScoped } from "./define-event";

const status = z.enum(MATCH_STATUSES);

/** Facts of investor discovery: what makes matches rescore, and what the two sides are told. */
export const matchingEvents = {
  "project.published": defineEvent({
    description: "A project was put on the marketplace.",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid() }),
  }),
  "project.unpublished": defineEvent({
    description: "A project was taken off the marketplace.",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid() }),
  }),
  "mandate.changed": defineEvent({
    description: "An investor mandate was created, edited, paused, resumed or deleted.",
    public: true,
    payload: z.object({ ...orgScoped, mandateId: z.uuid() }),
  }),
  "match.status_changed": defineEvent({
    description: "A match moved from one status to another (orgId is the org that moved it).",
    public: true,
    payload: z.object({ ...orgScoped, matchId: z.uuid(), from: status.nullable(), to: status }),
  }),
  "match.message_posted": defineEvent({
    description: "A message was posted in a match's thread (orgId is the sender's org).",
    public: true,
    payload: z.object({ ...orgScoped, matchId: z.uuid(), messageId: z.uuid() }),
  }),
};
