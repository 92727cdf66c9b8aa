/**
 * Audit actions are `<entity>.<past-tense verb>` ("project.created", "budget_item.updated"), so
 * they read as a sentence once split: "Project created", "Budget item updated".
 */
export function describeActivity(action: string): string {
  const text = action.replace(/[._]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
