import type { Metadata } from "next";
import { PromptVersionForm } from "@/components/admin/prompt-version-form";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_PROMPTS } from "@/lib/ai/prompts";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { promptsAccess } from "@/lib/prompts/access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listPromptVersions } from "@/lib/prompts/list-prompt-versions";

export const metadata: Metadata = { title: "New prompt version" };

export default async function NewPromptVersionPage({ params }: { params: Promise<{ taskType: string }> }) {
  await requirePageAccess(promptsAccess.manage);
  const taskType = decodeURIComponent((await params).taskType);
  const versions = await orNotFound(listPromptVersions(taskType));
  const base = versions.find((v) => v.isActive) ?? versions[0];
  const fallback = DEFAULT_PROMPTS[taskType];
  const basedOn = base
    ? { version: base.version, content: base.content, systemPrompt: base.systemPrompt }
    : { version: null, content: fallback?.content ?? "", systemPrompt: fallback?.systemPrompt ?? null };

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Prompts", href: "/admin/prompts" }, { label: taskType, href: `/admin/prompts/${taskType}` }, { label: "New version" }]}
        title={`New version of ${taskType}`}
      />
      <PromptVersionForm taskType={taskType} basedOn={basedOn} />
    </>
  );
}
