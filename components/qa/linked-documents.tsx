import { FileText } from "lucide-react";

type Props = { documents: { id: string; name: string }[]; projectId: string; side: "investor" | "ally" };

/**
 * Documents a question or answer points at. The investor opens them through the listing (PUBLIC
 * documents, logged for the developer); the project's team in its own data room.
 */
export function LinkedDocuments({ documents, projectId, side }: Props) {
  if (!documents.length) return null;
  const href = (id: string) => (side === "investor" ? `/api/marketplace/projects/${projectId}/documents/${id}?inline=1` : `/dataroom/documents/${id}`);
  return (
    <ul className="grid gap-1.5" aria-label="Linked documents">
      {documents.map((document) => (
        <li key={document.id}>
          <a
            href={href(document.id)}
            target={side === "investor" ? "_blank" : undefined}
            rel={side === "investor" ? "noopener" : undefined}
            className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 hover:underline"
          >
            <FileText aria-hidden className="size-4 shrink-0" />
            <span className="truncate">{document.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
