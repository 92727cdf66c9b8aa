import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

export const notificationEvents = {
  "notification.created": defineEvent({
    description: "A notification was written for one user; its mail goes out if their settings ask for it.",
    public: false,
    payload: z.object({ ...orgScoped, notificationId: z.uuid() }),
  }),
};
