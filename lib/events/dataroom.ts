import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

export const dataroomEvents = {
  "document.uploaded": defineEvent({
    description: "A document's bytes are stored; its text is about to be extracted.",
    public: true,
    payload: z.object({ ...orgScoped, documentId: z.uuid() }),
  }),
  "document.processed": defineEvent({
    description: "A document's text extraction finished: READY, or ERROR with a reason.",
    public: true,
    payload: z.object({ ...orgScoped, documentId: z.uuid(), projectId: z.uuid().nullable(), status: z.enum(["READY", "ERROR"]) }),
  }),
  "document.shared": defineEvent({
    description: "A member made a share link to a document for a recipient's email address.",
    public: true,
    payload: z.object({ ...orgScoped, documentId: z.uuid(), sharedLogId: z.uuid() }),
  }),
  "redaction.requested": defineEvent({
    description: "Someone asked for a document to be checked for personal data.",
    public: false,
    payload: z.object({ ...orgScoped, redactionJobId: z.uuid() }),
  }),
  "redaction.analyzed": defineEvent({
    description: "A redaction's findings are ready for review.",
    public: true,
    payload: z.object({ ...orgScoped, redactionJobId: z.uuid(), documentId: z.uuid() }),
  }),
  "redaction.approved": defineEvent({
    description: "A reviewer approved the redactions to apply.",
    public: false,
    payload: z.object({ ...orgScoped, redactionJobId: z.uuid() }),
  }),
};
