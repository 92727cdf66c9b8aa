import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { TINY_PNG } from "../support/dataroom-fixtures";
import { downloadRequest, useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "file-name-test" }),
}));

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: download } = await import("@/app/api/dataroom/documents/[documentId]/download/route");
const { createFolderAction, renameFolderAction } = await import("@/lib/dataroom/actions");

useTestStorage();

async function signedInAnalyst() {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  signedIn = actor;
  return { actor, project };
}

describe("file names on upload and download", () => {
  it("stores a hostile name normalised (no CR/LF, bidi override or ../), and sends it back in a safe Content-Disposition", async () => {
    const { actor, project } = await signedInAnalyst();
    const response = await upload(uploadRequest({ projectId: project.id, fileName: "../../Site\r\nplan\u202Egnp.png" }, TINY_PNG));
    expect(response.status).toBe(201);
    const { document } = (await response.json()) as { document: { id: string; name: string } };
    expect(document.name).toBe("_._Siteplangnp.png");
    const row = await db.document.findFirstOrThrow({ where: { id: document.id, orgId: actor.org.id } });
    expect(row.name).toBe("_._Siteplangnp.png");
    expect(row.fileType).toBe("png");

    const file = await download(downloadRequest(document.id), { params: Promise.resolve({ documentId: document.id }) });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="_._Siteplangnp.png"; filename*=UTF-8''_._Siteplangnp.png`);
  });

  it("a name stored before the rule (a seeded or restored row) still leaves in a header that cannot be split or reordered", async () => {
    const { actor, project } = await signedInAnalyst();
    const response = await upload(uploadRequest({ projectId: project.id, fileName: "plan.png" }, TINY_PNG));
    const { document } = (await response.json()) as { document: { id: string } };
    await db.document.updateMany({ where: { id: document.id, orgId: actor.org.id }, data: { name: 'Q3 "final"\r\n\u202Eevil\\.png' } });

    const file = await download(downloadRequest(document.id), { params: Promise.resolve({ documentId: document.id }) });
    const header = file.headers.get("content-disposition")!;
    expect(header).not.toMatch(/[\r\n\u202E]/);
    expect(header).toBe(`attachment; filename="Q3 \\"final\\"evil_.png"; filename*=UTF-8''Q3%20%22final%22evil_.png`);
  });

  it("folder names are normalised on create and rename by the same rule", async () => {
    const { project } = await signedInAnalyst();
    const created = await createFolderAction({ room: { kind: "project", id: project.id }, parentFolderId: null, name: " Legal\u202E..drafts\r\n" });
    expect(created.data?.name).toBe("Legal.drafts");
    const renamed = await renameFolderAction({ folderId: created.data!.id, name: "\u2066Permits\u2069...v2" });
    expect(renamed.data?.name).toBe("Permits.v2");
  });
});
