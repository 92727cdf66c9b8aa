import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AgentUsage } from "@/lib/ai-usage/get-org-ai-usage";
import { formatUsd } from "./format-usd";

const AGENT_LABELS: Record<string, string> = {
  SIGNAL_SCORE: "Signal Score",
  DEAL_SCREENING: "Deal screening",
  INVESTMENT_MEMO: "Investment memo",
  MATCHING: "Matching",
  DOCUMENT_EXTRACTION: "Document analysis",
  DOCUMENT_CLASSIFICATION: "Document classification",
  PII_REDACTION: "PII redaction",
  RISK_ANALYSIS: "Risk analysis",
  LEGAL_ANALYSIS: "Legal analysis",
  ESG_ANALYSIS: "ESG analysis",
  VALUATION: "Valuation",
  CARBON_ESTIMATION: "Carbon estimation",
  QA_ANSWER_DRAFT: "Q&A answer drafts",
  IMPROVEMENT_QUESTS: "Improvement quests",
  RALPH_CHAT: "Ralph chat",
  PORTFOLIO_INSIGHTS: "Portfolio insights",
};
const label = (agentType: string) => AGENT_LABELS[agentType] ?? agentType;

export function AgentUsageTable({ rows }: { rows: AgentUsage[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No AI runs this month.</p>;
  return (
    <Table>
      <THead>
        <TR>
          <TH>Agent</TH>
          <TH className="text-right">Runs</TH>
          <TH className="text-right">Failed</TH>
          <TH className="text-right">Tokens</TH>
          <TH className="text-right">Spend</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.agentType}>
            <TD className="font-medium">{label(r.agentType)}</TD>
            <TD className="text-right tabular-nums">{r.runs}</TD>
            <TD className="text-right tabular-nums">{r.failed || "–"}</TD>
            <TD className="text-right tabular-nums">{r.tokens.toLocaleString("en")}</TD>
            <TD className="text-right tabular-nums">{formatUsd(r.costUsd)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
