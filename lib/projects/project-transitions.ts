import type { Permission } from "@/lib/auth/permissions";
import type { ProjectStatus } from "./schemas";

export type ProjectTransition = {
  /** The button's label. */
  label: string;
  /** The past participle for messages: "archived". */
  done: string;
  permission: Permission;
  /** Asked before the change, for transitions that take the project off the marketplace or out of use. */
  confirm?: { title: string; description: string };
};

/**
 * The one map of allowed status changes; the server enforces it, the header offers only these.
 * - A draft goes live (ACTIVE), or is shelved (ARCHIVED) without ever going live.
 * - Active work can be paused (SUSPENDED) or closed (ARCHIVED); a paused project resumes or closes.
 * - An archived project comes back as a DRAFT, to be reviewed before it is activated again.
 * Activating is part of editing (analyst); pausing, closing and restoring are managers' calls.
 */
export const PROJECT_TRANSITIONS: Record<ProjectStatus, Partial<Record<ProjectStatus, ProjectTransition>>> = {
  DRAFT: {
    ACTIVE: { label: "Activate", done: "activated", permission: "projects.write" },
    ARCHIVED: {
      label: "Archive",
      done: "archived",
      permission: "projects.archive",
      confirm: { title: "Archive this draft?", description: "It leaves the active project list. You can restore it as a draft later." },
    },
  },
  ACTIVE: {
    SUSPENDED: {
      label: "Suspend",
      done: "suspended",
      permission: "projects.archive",
      confirm: {
        title: "Suspend this project?",
        description: "Work is paused and the project is taken off the marketplace if it is published. You can resume it later.",
      },
    },
    ARCHIVED: {
      label: "Archive",
      done: "archived",
      permission: "projects.archive",
      confirm: {
        title: "Archive this project?",
        description: "It is closed and taken off the marketplace if it is published. You can restore it as a draft later.",
      },
    },
  },
  SUSPENDED: {
    ACTIVE: { label: "Resume", done: "resumed", permission: "projects.archive" },
    ARCHIVED: {
      label: "Archive",
      done: "archived",
      permission: "projects.archive",
      confirm: { title: "Archive this project?", description: "It is closed. You can restore it as a draft later." },
    },
  },
  ARCHIVED: {
    DRAFT: { label: "Restore as draft", done: "restored", permission: "projects.archive" },
  },
};

export function findTransition(from: ProjectStatus, to: ProjectStatus): ProjectTransition | null {
  return PROJECT_TRANSITIONS[from][to] ?? null;
}

const describe = (status: ProjectStatus) => status.toLowerCase();

/** Why a change is refused, naming what is allowed instead. */
export function illegalTransitionMessage(from: ProjectStatus, to: ProjectStatus): string {
  if (from === to) return `The project is already ${describe(to)}.`;
  const allowed = Object.keys(PROJECT_TRANSITIONS[from]).map((s) => describe(s as ProjectStatus));
  const article = /^[aeiou]/.test(describe(from)) ? "An" : "A";
  return `${article} ${describe(from)} project cannot become ${describe(to)}: it can only become ${allowed.join(" or ")}.`;
}
