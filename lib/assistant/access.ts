import { defineAccess } from "@/lib/access/access-rule";

/**
 * The assistant answers from what its user may already read, so it needs no more than reading
 * projects; each tool then checks its own page's rule (the data room, portfolios, Q&A...). Asking
 * and keeping conversations writes rows, so a read-only (past-due) org may read its history only.
 */
export const assistantAccess = defineAccess({
  read: { feature: "The assistant", permission: "projects.read", flag: "ai_assistant", writes: false },
  chat: { feature: "The assistant", permission: "projects.read", flag: "ai_assistant", writes: true },
});
