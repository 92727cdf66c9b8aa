import { Badge, type BadgeVariant } from "@/components/ui/badge";

const VARIANT: Record<string, BadgeVariant> = { PASS: "success", REVIEW: "warning", REJECT: "danger" };
const LABEL: Record<string, string> = { PASS: "Pass", REVIEW: "Review", REJECT: "Reject" };

export function RecommendationBadge({ recommendation }: { recommendation: string | null }) {
  if (!recommendation) return <Badge variant="muted">No verdict</Badge>;
  return (
    <Badge variant={VARIANT[recommendation] ?? "muted"} data-testid="screen-recommendation">
      {LABEL[recommendation] ?? recommendation}
    </Badge>
  );
}
