import { Target } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** The best score among the investor's active mandates for this project. */
export function MatchScoreBadge({ score }: { score: number | null }) {
  if (score === null) return null;
  const variant = score >= 75 ? "success" : score >= 60 ? "info" : "muted";
  return (
    <Badge variant={variant} title="Best fit with your active mandates (0–100)">
      <Target aria-hidden />
      {score} fit
    </Badge>
  );
}
