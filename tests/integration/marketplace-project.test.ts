import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { drainJobs } from "../support/job-worker";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: listedDocument } = await import("@/app/api/marketplace/projects/[projectId]/documents/[documentId]/route");
const { getMarketplaceProject } = await import("@/lib/marketplace/get-marketplace-project");
const { setProjectWatch } = await import("@/lib/marketplace/set-project-watch");
const { updateListingSettings } = await import("@/lib/marketplace/update-listing-settings");
const { notifyProjectWatchers } = await import("@/lib/marketplace/notify-project-watchers");
const { completeMilestone } = await import("@/lib/milestones/complete-milestone");

useTestStorage();

const LONG = "A solar park with storage, land secured and the grid study done. ".repeat(5);

async function listedProject() {
  const ally = await createTenant({ role: "manager" });
  const project = await createTenantProject(ally, {
    name: "Listed Solar",
    description: LONG,
    isPublished: true,
    coordinates: { lat: 1.5, lng: 36.2 },
    milestones: [{ name: "Land lease", targetDate: "2026-01-31", status: "COMPLETED", completedDate: "2026-01-20" }],
    budget: [{ category: "Equipment", description: "Modules", estimated: "1000000" }],
  });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  return { ally, project, investor };
}

async function uploadDocument(ally: Actor, projectId: string, fileName: string, classification: "PUBLIC" | "CONFIDENTIAL") {
  signedIn = ally;
  const response = await upload(uploadRequest({ fileName, projectId }, new TextEncoder().encode(`${fileName} text`)));
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  await db.document.updateMany({ where: { id: document.id, orgId: ally.org.id }, data: { classification } });
  return document.id;
}

const documentRequest = (projectId: string, documentId: string) =>
  new Request(`http://localhost/api/marketplace/projects/${projectId}/documents/${documentId}?inline=1`, {
    headers: { "x-forwarded-for": "198.51.100.20", "user-agent": "marketplace-test" },
  });
const params = (projectId: string, documentId: string) => ({ params: Promise.resolve({ projectId, documentId }) });

describe("the investor's view of a listed project", () => {
  it("shows the overview, milestones, budget and public documents of a published project", async () => {
    const { ally, project, investor } = await listedProject();
    await uploadDocument(ally, project.id, "teaser.txt", "PUBLIC");
    await uploadDocument(ally, project.id, "model.txt", "CONFIDENTIAL");
    const view = await getMarketplaceProject(investor, project.id);
    expect(view.project).toMatchObject({ name: "Listed Solar", orgName: ally.org.name, geographyCoordinates: { lat: 1.5, lng: 36.2 } });
    expect(view.milestones?.map((m) => m.name)).toEqual(["Land lease"]);
    expect(view.budget?.categories.length).toBe(1);
    expect(view.documents?.map((d) => d.name)).toEqual(["teaser.txt"]);
    expect(view.score).toBeNull();
  });

  it("answers 404 for a draft, an unpublished, an archived or an unknown project", async () => {
    const { ally, project, investor } = await listedProject();
    const draft = await createTenantProject(ally, { description: LONG });
    await expect(getMarketplaceProject(investor, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMarketplaceProject(investor, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.project.updateMany({ where: { id: project.id }, data: { status: "ARCHIVED" } });
    await expect(getMarketplaceProject(investor, project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.project.updateMany({ where: { id: project.id }, data: { status: "ACTIVE", isPublished: false } });
    await expect(getMarketplaceProject(investor, project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides what the developer chose to hide, and only the developer's org may choose", async () => {
    const { ally, project, investor } = await listedProject();
    const other = await createTenant({ role: "admin" });
    const hidden = { projectId: project.id, showMilestones: false, showBudget: false, showSignalScore: false, showDocuments: false };
    await expect(updateListingSettings(other, hidden)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.projectMarketplaceSettings.count({ where: { projectId: project.id } })).toBe(0);

    await updateListingSettings(ally, hidden);
    const view = await getMarketplaceProject(investor, project.id);
    expect(view).toMatchObject({ milestones: null, budget: null, score: null, documents: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: ally.org.id, action: "project.listing_settings_changed" } });
    expect(audit.changes).toMatchObject({ before: { showBudget: true }, after: { showBudget: false } });
  });

  it("serves a public document to an investor and logs the view in the developer's access log", async () => {
    const { ally, project, investor } = await listedProject();
    const publicId = await uploadDocument(ally, project.id, "teaser.txt", "PUBLIC");
    const confidentialId = await uploadDocument(ally, project.id, "model.txt", "CONFIDENTIAL");
    signedIn = investor;
    const response = await listedDocument(documentRequest(project.id, publicId), params(project.id, publicId));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("teaser.txt text");
    const log = await db.documentAccessLog.findFirstOrThrow({ where: { documentId: publicId, userId: investor.user.id } });
    expect(log).toMatchObject({ orgId: ally.org.id, action: "VIEWED" });
    expect(log.metadata).toMatchObject({ via: "marketplace", viewerOrgName: investor.org.name });

    const refused = await listedDocument(documentRequest(project.id, confidentialId), params(project.id, confidentialId));
    expect(refused.status).toBe(404);
    await updateListingSettings(ally, { projectId: project.id, showMilestones: true, showBudget: true, showSignalScore: true, showDocuments: false });
    expect((await listedDocument(documentRequest(project.id, publicId), params(project.id, publicId))).status).toBe(404);
  });

  it("refuses the documents route to an ally org: the marketplace is for investors", async () => {
    const { ally, project } = await listedProject();
    const publicId = await uploadDocument(ally, project.id, "teaser.txt", "PUBLIC");
    signedIn = ally;
    expect((await listedDocument(documentRequest(project.id, publicId), params(project.id, publicId))).status).toBe(404);
  });

  it("watches and unwatches a listed project, idempotently", async () => {
    const { project, investor } = await listedProject();
    await setProjectWatch(investor, { projectId: project.id, watching: true });
    await setProjectWatch(investor, { projectId: project.id, watching: true });
    expect(await db.projectWatch.count({ where: { projectId: project.id } })).toBe(1);
    expect((await getMarketplaceProject(investor, project.id)).watching).toBe(true);
    await setProjectWatch(investor, { projectId: project.id, watching: false });
    expect(await db.projectWatch.count({ where: { projectId: project.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: investor.org.id, action: { in: ["project.watched", "project.unwatched"] } } })).toBe(3);
  });

  it("tells watchers of a public document and a completed milestone, once, and nothing the developer hid", async () => {
    const { ally, project, investor } = await listedProject();
    const other = await createTenant({ type: "INVESTOR", role: "viewer" });
    await setProjectWatch(investor, { projectId: project.id, watching: true });
    const publicId = await uploadDocument(ally, project.id, "teaser.txt", "PUBLIC");
    const confidentialId = await uploadDocument(ally, project.id, "model.txt", "CONFIDENTIAL");
    expect(await notifyProjectWatchers(project.id, { kind: "document", documentId: confidentialId })).toEqual([]);
    expect(await notifyProjectWatchers(project.id, { kind: "document", documentId: publicId })).toHaveLength(1);
    expect(await notifyProjectWatchers(project.id, { kind: "document", documentId: publicId })).toEqual([]);

    const milestone = await db.projectMilestone.create({ data: { projectId: project.id, name: "Grid study", targetDate: new Date("2027-01-31") } });
    await completeMilestone(ally, { projectId: project.id, milestoneId: milestone.id });
    await drainJobs();
    const notes = await db.notification.findMany({ where: { userId: investor.user.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((n) => n.title)).toEqual(["New document on Listed Solar", "Listed Solar completed a milestone"]);
    expect(notes.every((n) => n.orgId === investor.org.id && n.link === `/marketplace/${project.id}`)).toBe(true);
    expect(await db.notification.count({ where: { userId: other.user.id } })).toBe(0);

    await updateListingSettings(ally, { projectId: project.id, showMilestones: false, showBudget: true, showSignalScore: true, showDocuments: true });
    const hidden = await db.projectMilestone.create({ data: { projectId: project.id, name: "EPC signed", targetDate: new Date("2027-03-31") } });
    await completeMilestone(ally, { projectId: project.id, milestoneId: hidden.id });
    await drainJobs();
    expect(await db.notification.count({ where: { userId: investor.user.id } })).toBe(2);
  });
});
