import { defineAccess } from "@/lib/access/access-rule";

export const aiAccess = defineAccess({
  /** Rating an AI output is feedback on it: anyone who can read the project may give it. */
  feedback: { feature: "AI feedback", permission: "projects.read", writes: true },
});
