export type { OfferedTransition, ProjectPermissions as HeaderPermissions } from "@/lib/projects/get-project-permissions";

export type HeaderProject = {
  id: string;
  name: string;
  status: string;
  isPublished: boolean;
  publishedAt: string | null;
  coverImageUrl: string | null;
  /** The target close date (YYYY-MM-DD) when it has passed and the project still raises. */
  pastTargetClose: string | null;
  /** "Solar · Turkana County, Kenya · 48 MW · USD 41.5M sought" */
  summary: string;
};
