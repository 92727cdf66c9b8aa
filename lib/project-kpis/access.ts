import { defineAccess } from "@/lib/access/access-rule";

/**
 * KPIs run between two orgs. The investor that holds a project sets targets and asks for actuals
 * (bookkeepers: analysts and above; every member reads); the project's developer sees what it is
 * asked and reports (analysts and above, like any project data). Neither sees the other's books.
 */
export const projectKpisAccess = defineAccess({
  read: { feature: "Project KPIs", orgTypes: ["INVESTOR"], permission: "projects.read", writes: false },
  manage: { feature: "Project KPIs", orgTypes: ["INVESTOR"], permission: "projects.write", writes: true },
  allyRead: { feature: "KPI requests", orgTypes: ["ALLY"], permission: "projects.read", writes: false },
  report: { feature: "KPI requests", orgTypes: ["ALLY"], permission: "projects.write", writes: true },
});
