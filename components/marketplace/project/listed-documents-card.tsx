import { Download, Eye, FileText } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ListedDocumentDto } from "@/lib/marketplace/list-listed-documents";
import { formatBytes } from "@/lib/dataroom/upload-limits";

/** PUBLIC documents only; every view and download lands in the ally's access log with the viewer's name. */
export function ListedDocumentsCard({ projectId, documents }: { projectId: string; documents: ListedDocumentDto[] }) {
  const href = (id: string, inline: boolean) => `/api/marketplace/projects/${projectId}/documents/${id}${inline ? "?inline=1" : ""}`;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Public documents</CardTitle>
        <CardDescription>Shared with every investor on the marketplace. Views and downloads are logged for the developer.</CardDescription>
      </CardHeader>
      <CardContent>
        {documents.length === 0 ? (
          <EmptyState size="sm" icon={FileText} title="No public documents" description="The developer shares more in a deal room once you connect." />
        ) : (
          <ul className="divide-y divide-border">
            {documents.map((d) => (
              <li key={d.id} className="flex items-center justify-between gap-3 py-2.5">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{d.name}</p>
                  <p className="text-xs text-muted-foreground">
                    {d.fileType.toUpperCase()} · {formatBytes(d.fileSizeBytes)}
                  </p>
                </div>
                <div className="flex shrink-0 gap-1">
                  <Button variant="ghost" size="icon-sm" asChild>
                    <a href={href(d.id, true)} target="_blank" rel="noopener" aria-label={`View ${d.name}`} title="View">
                      <Eye />
                    </a>
                  </Button>
                  <Button variant="ghost" size="icon-sm" asChild>
                    <a href={href(d.id, false)} aria-label={`Download ${d.name}`} title="Download">
                      <Download />
                    </a>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
