import type { Metadata } from "next";
import { DeleteMemoButton } from "@/components/investment-memos/delete-memo-button";
import { GenerateMemoButton } from "@/components/investment-memos/generate-memo-button";
import { MemoEditor } from "@/components/investment-memos/memo-editor";
import { MemoRunStatus } from "@/components/investment-memos/memo-run-status";
import { MemoSourcesList } from "@/components/investment-memos/memo-sources-list";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { investmentMemosAccess } from "@/lib/investment-memos/access";
import { getMemoEditorView } from "@/lib/investment-memos/get-memo-views";

export const metadata: Metadata = { title: "Investment memo" };

export default async function InvestmentMemoPage({ params }: { params: Promise<{ entryId: string; memoId: string }> }) {
  const tenant = await requirePageAccess(investmentMemosAccess.read);
  const { entryId, memoId } = await params;
  const { entry, memo, sources } = await orNotFound(getMemoEditorView(tenant, entryId, memoId));
  const canEdit = hasAccess(tenant, investmentMemosAccess.write);

  return (
    <>
      <PageHeader
        title={memo.title}
        description={`Written from deal screen version ${memo.screenVersion ?? "?"} of ${entry.projectName}. Figures must be in a page their sentence cites; those that are not are listed beside the editor.`}
        breadcrumbs={[
          { label: "Pipeline", href: "/pipeline" },
          { label: entry.projectName, href: `/pipeline/${entryId}/screening` },
          { label: "Memos", href: `/pipeline/${entryId}/memo` },
          { label: "Memo" },
        ]}
        actions={canEdit && (memo.status === "COMPLETED" || memo.status === "FAILED") ? <DeleteMemoButton entryId={entryId} memoId={memo.id} title={memo.title} /> : null}
      />
      <div className="grid min-w-0 gap-5">
        {memo.status === "PENDING" || memo.status === "PROCESSING" ? <MemoRunStatus memoId={memo.id} status={memo.status} /> : null}
        {memo.status === "FAILED" ? (
          <Alert variant="danger" title="This memo could not be written">
            <p>{memo.error}</p>
            {hasAccess(tenant, investmentMemosAccess.generate) ? (
              <div className="mt-2">
                <GenerateMemoButton entryId={entryId} label="Try again" />
              </div>
            ) : null}
          </Alert>
        ) : null}
        {memo.status === "COMPLETED" ? (
          <>
            <MemoEditor memo={memo} projectName={entry.projectName} sources={sources} canEdit={canEdit} pdfHref={`/api/investment-memos/${memo.id}/pdf`} />
            <Card>
              <CardHeader>
                <CardTitle>Sources</CardTitle>
              </CardHeader>
              <CardContent>
                <MemoSourcesList sources={sources} />
              </CardContent>
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
