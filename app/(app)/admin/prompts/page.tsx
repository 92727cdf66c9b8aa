import { formatDistanceToNow } from "date-fns";
import { Sparkles } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { promptsAccess } from "@/lib/prompts/access";
import { listPromptTaskTypes } from "@/lib/prompts/list-prompt-task-types";

export const metadata: Metadata = { title: "Prompts" };

export default async function PromptsPage() {
  await requirePageAccess(promptsAccess.read);
  const taskTypes = await listPromptTaskTypes();

  return (
    <>
      <PageHeader
        title="Prompts"
        description="The versioned prompts every AI task runs with. Save a new version, compare it with the live one, then activate it: the next run uses it, and its log names the version."
      />
      {taskTypes.length === 0 ? (
        <EmptyState icon={Sparkles} title="No prompts yet" description="Task types appear here when the platform first runs them." />
      ) : (
        <Table>
          <THead>
            <TR>
              <TH>Task type</TH>
              <TH>Active version</TH>
              <TH className="text-right">Versions</TH>
              <TH>Last change</TH>
            </TR>
          </THead>
          <TBody>
            {taskTypes.map((t) => (
              <TR key={t.taskType}>
                <TD>
                  <Link href={`/admin/prompts/${t.taskType}`} className="font-medium text-brand-700 hover:underline">
                    {t.taskType}
                  </Link>
                </TD>
                <TD>
                  {t.activeVersion ? (
                    <Badge variant="success">v{t.activeVersion}</Badge>
                  ) : (
                    <Badge variant="muted">{t.versions ? "none active" : "platform default"}</Badge>
                  )}
                </TD>
                <TD className="text-right tabular-nums">{t.versions}</TD>
                <TD className="text-muted-foreground">{t.updatedAt ? formatDistanceToNow(new Date(t.updatedAt), { addSuffix: true }) : "Never saved"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
