import { db } from "@/lib/db/client";
import { createNotifications } from "@/lib/notifications/create-notifications";
import type { NotificationContent } from "@/lib/notifications/notification-content";
import { listingVisibility } from "./get-listed-project-or-throw";

export type WatchedChange =
  | { kind: "document"; documentId: string }
  | { kind: "score"; scoreId: string }
  | { kind: "milestone_completed"; milestoneId: string }
  | { kind: "milestone_delayed"; milestoneId: string };

type Project = { id: string; name: string; orgId: string };

/** What the change says to a watcher, or null when investors may not see it (not PUBLIC, hidden, not finished). */
async function describeChange(project: Project, change: WatchedChange, visibility: ReturnType<typeof listingVisibility>): Promise<NotificationContent | null> {
  const link = `/marketplace/${project.id}`;
  if (change.kind === "document") {
    if (!visibility.showDocuments) return null;
    const document = await db.document.findFirst({
      where: { id: change.documentId, projectId: project.id, orgId: project.orgId, classification: "PUBLIC", status: "READY", isDeleted: false },
      select: { name: true },
    });
    if (!document) return null;
    return {
      kind: "info",
      title: `New document on ${project.name}`,
      message: `${document.name} was published on ${project.name}.`,
      link,
      sourceKey: `watch.document:${change.documentId}`,
    };
  }
  if (change.kind === "score") {
    if (!visibility.showSignalScore) return null;
    const score = await db.signalScore.findFirst({
      where: { id: change.scoreId, projectId: project.id, status: "COMPLETED" },
      select: { overallScore: true, version: true },
    });
    if (!score) return null;
    const overall = score.overallScore.toNumber().toFixed(0);
    return {
      kind: "info",
      title: `${project.name} has a new Signal Score: ${overall}`,
      message: `Version ${score.version} scores ${overall} out of 100.`,
      link,
      sourceKey: `watch.score:${change.scoreId}`,
    };
  }
  if (!visibility.showMilestones) return null;
  const milestone = await db.projectMilestone.findFirst({ where: { id: change.milestoneId, projectId: project.id }, select: { name: true, status: true } });
  if (!milestone) return null;
  if (change.kind === "milestone_completed" && milestone.status === "COMPLETED") {
    return {
      kind: "info",
      title: `${project.name} completed a milestone`,
      message: `“${milestone.name}” is done.`,
      link,
      sourceKey: `watch.milestone_completed:${change.milestoneId}`,
    };
  }
  if (change.kind === "milestone_delayed" && milestone.status === "DELAYED") {
    return {
      kind: "warning",
      title: `${project.name} has a delayed milestone`,
      message: `“${milestone.name}” passed its target date unfinished.`,
      link,
      sourceKey: `watch.milestone_delayed:${change.milestoneId}`,
    };
  }
  return null;
}

/**
 * A material change to a listed project -> everyone watching it, in their own org. Runs as a job
 * across orgs by nature (the ally's change, the investors' watchlists); keyed by the change, so a
 * rerun notifies nobody twice. A project off the marketplace notifies no one.
 */
export async function notifyProjectWatchers(projectId: string, change: WatchedChange): Promise<string[]> {
  const project = await db.project.findFirst({
    where: { id: projectId, isPublished: true, status: "ACTIVE" },
    select: { id: true, name: true, orgId: true, marketplaceSettings: true },
  });
  if (!project) return [];
  const content = await describeChange(project, change, listingVisibility(project));
  if (!content) return [];
  const watchers = await db.projectWatch.findMany({ where: { projectId, user: { isActive: true } }, select: { orgId: true, userId: true } });
  return createNotifications(watchers, content);
}
