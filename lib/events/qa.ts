import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

const question = { questionId: z.uuid(), projectId: z.uuid() };

/** Facts of due-diligence Q&A. orgId is the org that acted (the asker, the answering ally, the job's org). */
export const qaEvents = {
  "qa.question_asked": defineEvent({
    description: "An investor asked a question about a project.",
    public: true,
    payload: z.object({ ...orgScoped, ...question, questionNumber: z.number().int().min(1) }),
  }),
  "qa.question_assigned": defineEvent({
    description: "The project's team assigned a question to a member or a team.",
    public: true,
    payload: z.object({ ...orgScoped, ...question, assigneeId: z.uuid().nullable(), team: z.string().nullable() }),
  }),
  "qa.question_answered": defineEvent({
    description: "The project's team submitted the final answer to a question (the asking investor's webhooks hear of it too).",
    public: true,
    // The asker sees its question, the final answer and whether it came late.
    audience: ["askerOrgId"],
    payload: z.object({ ...orgScoped, ...question, askerOrgId: z.uuid(), answerId: z.uuid(), slaBreached: z.boolean() }),
  }),
  "qa.question_closed": defineEvent({
    description: "A question was closed.",
    public: true,
    payload: z.object({ ...orgScoped, ...question }),
  }),
  "qa.sla_breached": defineEvent({
    description: "A question passed its answer deadline while still open.",
    public: true,
    payload: z.object({ ...orgScoped, ...question, deadline: z.iso.datetime() }),
  }),
};
