import type { MemberRole } from "@/lib/team/schemas";

/** What each role may do, in the words the team page and the role dialog use. */
export const ROLE_META: Record<MemberRole, { label: string; description: string }> = {
  viewer: { label: "Viewer", description: "Reads projects, milestones, budgets and the data room." },
  analyst: { label: "Analyst", description: "Also creates and edits projects, milestones and budgets." },
  manager: { label: "Manager", description: "Also publishes and archives projects, and reads the audit log." },
  admin: { label: "Admin", description: "Also manages the team and the organisation's settings." },
};
