import { LoaderCircle } from "lucide-react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";

const STATUS: Record<string, { label: string; variant: BadgeVariant }> = {
  UPLOADING: { label: "Uploading", variant: "info" },
  PROCESSING: { label: "Processing", variant: "info" },
  READY: { label: "Ready", variant: "success" },
  ERROR: { label: "Error", variant: "danger" },
};

export function DocumentStatusBadge({ status, title, progress }: { status: string; title?: string | null; progress?: { done: number; total: number } | null }) {
  const known = STATUS[status] ?? { label: status, variant: "muted" as const };
  const { variant } = known;
  const label = status === "PROCESSING" && progress ? `${known.label} ${Math.floor((100 * progress.done) / progress.total)}%` : known.label;
  const busy = status === "UPLOADING" || status === "PROCESSING";
  return (
    <Badge variant={variant} title={title ?? (status === "PROCESSING" && progress ? `${progress.done} of ${progress.total} pages read` : undefined)}>
      {busy ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
      {label}
    </Badge>
  );
}

const CLASSIFICATION: Record<string, { label: string; variant: BadgeVariant }> = {
  PUBLIC: { label: "Public", variant: "muted" },
  CONFIDENTIAL: { label: "Confidential", variant: "info" },
  RESTRICTED: { label: "Restricted", variant: "warning" },
  TOP_SECRET: { label: "Top secret", variant: "danger" },
};

export function ClassificationBadge({ classification }: { classification: string | null }) {
  if (!classification) return <span className="text-xs text-muted-foreground">Unclassified</span>;
  const { label, variant } = CLASSIFICATION[classification] ?? { label: classification, variant: "muted" as const };
  return <Badge variant={variant}>{label}</Badge>;
}

export const CLASSIFICATION_OPTIONS = Object.entries(CLASSIFICATION).map(([value, { label }]) => ({ value, label }));
