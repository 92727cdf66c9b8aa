import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { downloadRequest, uploadRequest, useTestStorage } from "../support/dataroom-routes";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: download } = await import("@/app/api/dataroom/documents/[documentId]/download/route");

useTestStorage();

describe("data-room files, opened in the browser", { timeout: 60_000 }, () => {
  it("come with a sandboxing policy and nosniff, inline and as attachments", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await createTenantProject(signedIn);
    const uploaded = await upload(uploadRequest({ fileName: "site-plan.pdf", projectId: project.id }, new Uint8Array(await pdfWithPages(["Site plan"]))));
    const { document } = (await uploaded.json()) as { document: { id: string } };

    for (const inline of [true, false]) {
      const response = await download(downloadRequest(document.id, inline), { params: Promise.resolve({ documentId: document.id }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(inline ? /^inline;/ : /^attachment;/);
      const policy = (response.headers.get("content-security-policy") ?? "").split(";").map((part) => part.trim());
      expect(policy[0]).toBe("sandbox");
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy.some((part) => part.startsWith("script-src"))).toBe(false);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      await response.arrayBuffer();
    }
  });
});
