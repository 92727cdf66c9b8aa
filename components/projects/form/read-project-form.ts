import type { CreateProjectFormInput } from "@/lib/projects/schemas";

const DETAIL_PREFIX = "technologyDetails.";

/**
 * The form's fields as the create/update actions take them: text as typed (the server parses and
 * validates), technology details gathered from their `technologyDetails.<key>` inputs, and the
 * chosen cover file, if any.
 */
export function readProjectForm(form: HTMLFormElement, cover: File | null): CreateProjectFormInput {
  const data = new FormData(form);
  const text = (key: string) => String(data.get(key) ?? "");
  const technologyDetails: Record<string, string> = {};
  for (const [key, value] of data.entries()) {
    if (key.startsWith(DETAIL_PREFIX) && typeof value === "string") technologyDetails[key.slice(DETAIL_PREFIX.length)] = value;
  }
  return {
    name: text("name"),
    slug: text("slug"),
    description: text("description"),
    projectType: text("projectType"),
    stage: text("stage"),
    geographyCountry: text("geographyCountry"),
    geographyRegion: text("geographyRegion"),
    latitude: text("latitude"),
    longitude: text("longitude"),
    technologyDetails,
    capacityMw: text("capacityMw"),
    totalInvestmentRequired: text("totalInvestmentRequired"),
    currency: text("currency"),
    targetCloseDate: text("targetCloseDate"),
    coverImage: cover ?? undefined,
  } as CreateProjectFormInput;
}
