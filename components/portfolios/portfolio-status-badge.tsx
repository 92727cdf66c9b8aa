import { Badge } from "@/components/ui/badge";
import { HOLDING_STATUS_LABELS, type HoldingStatusValue, PORTFOLIO_STATUS_LABELS, type PortfolioStatusValue } from "@/lib/portfolios/portfolio-constants";

export function PortfolioStatusBadge({ status }: { status: PortfolioStatusValue }) {
  return <Badge variant={status === "ACTIVE" ? "success" : "outline"}>{PORTFOLIO_STATUS_LABELS[status]}</Badge>;
}

export function HoldingStatusBadge({ status }: { status: HoldingStatusValue }) {
  return <Badge variant={status === "ACTIVE" ? "success" : status === "EXITED" ? "info" : "danger"}>{HOLDING_STATUS_LABELS[status]}</Badge>;
}
