import { FileText } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";

const PAGE_LABEL: Record<string, string> = { xlsx: "Sheet", pptx: "Slide" };

/** Office and text files are shown through their extracted text, page (sheet, slide) by page. */
export function ExtractedTextView({
  pages,
  status,
  errorMessage,
  fileType,
}: {
  pages: { page: number; text: string }[];
  status: string;
  errorMessage: string | null;
  fileType: string;
}) {
  if (status === "ERROR")
    return (
      <Alert variant="danger" title="This file could not be read">
        {errorMessage ?? "Download it to open it locally."}
      </Alert>
    );
  if (!pages.length) {
    return (
      <EmptyState
        icon={FileText}
        size="sm"
        title={status === "READY" ? "No text in this file" : "Text is being extracted"}
        description={status === "READY" ? "Download it to open it locally." : "It appears here once processing finishes."}
      />
    );
  }
  const label = PAGE_LABEL[fileType] ?? "Page";
  return (
    <ol className="grid gap-4">
      {pages.map((p) => (
        <li key={p.page} className="rounded-lg border border-border bg-surface">
          <h2 className="border-b border-border px-4 py-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            {label} {p.page}
          </h2>
          <pre className="overflow-x-auto whitespace-pre-wrap break-words px-4 py-3 font-sans text-sm leading-relaxed">{p.text || "(empty)"}</pre>
        </li>
      ))}
    </ol>
  );
}
