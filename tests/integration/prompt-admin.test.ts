import { beforeEach, describe, expect, it, vi } from "vitest";
import { getActivePrompt, insertDefaultPrompt } from "@/lib/ai/get-active-prompt";
import type { Actor } from "@/lib/auth/actor";
import { diffLines } from "@/lib/prompts/diff-lines";
import { uniqueSuffix } from "@/prisma/factories";
import { createTenant, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { activatePromptVersionAction, createPromptVersionAction } = await import("@/lib/prompts/actions");

const newVersion = (taskType: string, n: number) => ({ taskType, content: `Prompt text number ${n} for {{project_name}}.`, notes: `Version ${n}` });
const activeVersions = async (taskType: string) => (await db.promptTemplate.findMany({ where: { taskType, isActive: true } })).map((p) => p.version);

describe("prompt admin", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("a platform admin creates versions (inactive, numbered), activates one: exactly one active, audited, and the next run reads it", async () => {
    signedIn = await createTenant({ type: "ADMIN", role: "admin" });
    const taskType = `admin_test_${uniqueSuffix()}`;
    const v1 = await createPromptVersionAction(newVersion(taskType, 1));
    const v2 = await createPromptVersionAction(newVersion(taskType, 2));
    expect([v1.data?.version, v2.data?.version]).toEqual([1, 2]);
    expect(await activeVersions(taskType)).toEqual([]);

    await activatePromptVersionAction({ promptId: v1.data!.id });
    expect(await activeVersions(taskType)).toEqual([1]);
    const switched = await activatePromptVersionAction({ promptId: v2.data!.id });
    expect(switched.data).toEqual({ taskType, version: 2 });
    expect(await activeVersions(taskType)).toEqual([2]);
    expect((await getActivePrompt(taskType)).version).toBe(2);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: v2.data!.id, action: "prompt_template.activated" } });
    expect(audit.changes).toEqual({ before: { taskType, activeVersion: 1 }, after: { taskType, activeVersion: 2 } });
    expect(await db.auditLog.count({ where: { orgId: signedIn.org.id, action: "prompt_template.created" } })).toBe(2);
  });

  it("the database refuses a second active version for a task type", async () => {
    const taskType = `admin_test_${uniqueSuffix()}`;
    await db.promptTemplate.create({ data: { taskType, version: 1, content: "a", isActive: true } });
    await expect(db.promptTemplate.create({ data: { taskType, version: 2, content: "b", isActive: true } })).rejects.toThrow();
  });

  it("an ally admin (another kind of org) gets 404 and nothing changes; an analyst of the admin org is refused", async () => {
    const taskType = `admin_test_${uniqueSuffix()}`;
    await db.promptTemplate.create({ data: { taskType, version: 1, content: "first", isActive: true } });
    const v2 = await db.promptTemplate.create({ data: { taskType, version: 2, content: "second", isActive: false } });
    signedIn = await createTenant({ type: "ALLY", role: "admin" });
    expect((await activatePromptVersionAction({ promptId: v2.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await createPromptVersionAction(newVersion(taskType, 3))).serverError).toMatchObject({ code: "NOT_FOUND" });
    signedIn = await createTenant({ type: "ADMIN", role: "analyst" });
    expect((await activatePromptVersionAction({ promptId: v2.id })).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await activeVersions(taskType)).toEqual([1]);
    expect(await db.promptTemplate.count({ where: { taskType } })).toBe(2);
  });

  it("validates the form: notes are required, task types are snake_case", async () => {
    signedIn = await createTenant({ type: "ADMIN", role: "admin" });
    const result = await createPromptVersionAction({ taskType: "Bad Type", content: "short", notes: "" });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["content", "notes", "taskType"]);
  });

  it("inserts the default as version 1 once, tolerating rows a seed already wrote", async () => {
    const before = await db.promptTemplate.count({ where: { taskType: "document_facts" } });
    await Promise.all([insertDefaultPrompt("document_facts"), insertDefaultPrompt("document_facts")]);
    const after = await db.promptTemplate.count({ where: { taskType: "document_facts" } });
    expect(after).toBe(Math.max(before, 1));
    expect(await activeVersions("document_facts")).toHaveLength(1);
  });
});

describe("line diff", () => {
  it("marks removed, added and unchanged lines with their numbers", () => {
    expect(diffLines("a\nb\nc", "a\nc\nd")).toEqual([
      { kind: "same", text: "a", oldNumber: 1, newNumber: 1 },
      { kind: "removed", text: "b", oldNumber: 2, newNumber: null },
      { kind: "same", text: "c", oldNumber: 3, newNumber: 2 },
      { kind: "added", text: "d", oldNumber: null, newNumber: 3 },
    ]);
  });
});
