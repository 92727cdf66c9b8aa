/**
 * Audit actions are `<entity>.<past-tense verb>` ("project.created", "budget_item.updated"), so
 * swapping the halves reads as a sentence after the actor's name: "created project",
 * "updated budget item".
 */
export function describeActivity(action: string): string {
  const [entity = "", ...verb] = action.split(".");
  const words = (text: string) => text.replace(/_/g, " ").trim();
  return verb.length > 0 ? `${words(verb.join(" "))} ${words(entity)}` : words(entity);
}
