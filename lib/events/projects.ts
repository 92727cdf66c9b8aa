import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

const projectFact = z.object({ ...orgScoped, projectId: z.uuid() });

export const projectEvents = {
  "project.updated": defineEvent({ description: "A project's details changed.", public: true, payload: projectFact }),
  "milestone.changed": defineEvent({
    description: "A project's milestones were added, edited, reordered or removed.",
    public: true,
    payload: projectFact,
  }),
  "milestone.completed": defineEvent({
    description: "A milestone was marked complete.",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), milestoneId: z.uuid() }),
  }),
  "milestone.delayed": defineEvent({
    description: "A milestone passed its target date unfinished and was marked delayed.",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), milestoneId: z.uuid() }),
  }),
  "budget.changed": defineEvent({ description: "A project's budget lines changed.", public: true, payload: projectFact }),
};
