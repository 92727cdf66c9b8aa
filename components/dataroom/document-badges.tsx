import { LoaderCircle } from "lucide-react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";

const STATUS: Record<string, { label: string; variant: BadgeVariant }> = {
  UPLOADING: { label: "Uploading", variant: "info" },
  PROCESSING: { label: "Processing", variant: "info" },
  READY: { label: "Ready", variant: "success" },
  ERROR: { label: "Error", variant: "danger" },
};

export function DocumentStatusBadge({ status, title }: { status: string; title?: string | null }) {
  const { label, variant } = STATUS[status] ?? { label: status, variant: "muted" as const };
  const busy = status === "UPLOADING" || status === "PROCESSING";
  return (
    <Badge variant={variant} title={title ?? undefined}>
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
