const words = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();

const sentence = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

/** "user.role_changed" -> "User role changed"; "budget_item.updated" -> "Budget item updated". */
export const actionLabel = (action: string) => sentence(words(action));

/** "ProjectBudgetItem" -> "Project budget item". */
export const entityTypeLabel = (entityType: string) => sentence(words(entityType));

/** "totalInvestmentRequired" -> "Total investment required"; "isActive" -> "Active". */
export const fieldLabel = (field: string) => sentence(words(field.replace(/^is(?=[A-Z])/, "")));

const UTC = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
const UTC_SECONDS = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "long", timeStyle: "medium" });

/** Audit times are shown in UTC, the same on the server and in every browser, like the date filters. */
export const formatUtc = (iso: string, withSeconds = false) => `${(withSeconds ? UTC_SECONDS : UTC).format(new Date(iso))} UTC`;
