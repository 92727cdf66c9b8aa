import { format } from "date-fns";
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ActivatePromptButton } from "@/components/admin/activate-prompt-button";
import { PromptDiff } from "@/components/admin/prompt-diff";
import { PromptDiffPicker } from "@/components/admin/prompt-diff-picker";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { promptsAccess } from "@/lib/prompts/access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { diffLines } from "@/lib/prompts/diff-lines";
import { listPromptVersions } from "@/lib/prompts/list-prompt-versions";

export const metadata: Metadata = { title: "Prompt versions" };

type Props = { params: Promise<{ taskType: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function PromptVersionsPage({ params, searchParams }: Props) {
  await requirePageAccess(promptsAccess.read);
  const { taskType } = await params;
  const versions = await orNotFound(listPromptVersions(decodeURIComponent(taskType)));
  const active = versions.find((v) => v.isActive) ?? null;
  const query = await searchParams;
  const numbers = versions.map((v) => v.version);
  const pick = (value: string | undefined, fallback: number) => (numbers.includes(Number(value)) ? Number(value) : fallback);
  const to = pick(query.to, numbers[0]);
  const from = pick(query.from, active && active.version !== to ? active.version : (numbers[1] ?? to));
  const text = (n: number) => {
    const v = versions.find((x) => x.version === n)!;
    return `${v.systemPrompt ? `[system]\n${v.systemPrompt}\n\n[prompt]\n` : ""}${v.content}`;
  };

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Prompts", href: "/admin/prompts" }, { label: decodeURIComponent(taskType) }]}
        title={decodeURIComponent(taskType)}
        description={active ? `Version ${active.version} is live.` : "No version is active: runs use the newest version, or the platform default when there is none."}
        actions={
          <Button asChild>
            <Link href={`/admin/prompts/${taskType}/new`}>
              <Plus aria-hidden /> New version
            </Link>
          </Button>
        }
      />
      <div className="grid gap-6 [&>*]:min-w-0">
        {versions.length > 1 ? (
          <Card>
            <CardHeader>
              <CardTitle>Compare versions</CardTitle>
              <CardDescription>
                Lines removed from v{from} and added in v{to}.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <PromptDiffPicker versions={numbers} from={from} to={to} />
              <PromptDiff lines={diffLines(text(from), text(to))} label={`Diff from version ${from} to version ${to}`} />
            </CardContent>
          </Card>
        ) : null}
        <section aria-labelledby="versions-heading" className="grid gap-3">
          <h2 id="versions-heading" className="text-base font-semibold">
            Versions
          </h2>
          {versions.length === 0 ? <p className="text-sm text-muted-foreground">Nothing saved yet: the platform default runs until you save a version.</p> : null}
          {versions.map((v) => (
            <Card key={v.id}>
              <CardHeader className="flex-row items-start justify-between gap-3">
                <div className="grid gap-1">
                  <CardTitle className="flex items-center gap-2">
                    Version {v.version} {v.isActive ? <Badge variant="success">Active</Badge> : null}
                  </CardTitle>
                  <CardDescription>
                    {format(new Date(v.createdAt), "d MMM yyyy, HH:mm")}
                    {v.notes ? ` · ${v.notes}` : ""}
                  </CardDescription>
                </div>
                {v.isActive ? null : (
                  <ActivatePromptButton promptId={v.id} taskType={decodeURIComponent(taskType)} version={v.version} activeVersion={active?.version ?? null} />
                )}
              </CardHeader>
              <CardContent>
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">Show prompt</summary>
                  <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded-md bg-muted p-3 font-mono text-xs">{text(v.version)}</pre>
                </details>
              </CardContent>
            </Card>
          ))}
        </section>
      </div>
    </>
  );
}
