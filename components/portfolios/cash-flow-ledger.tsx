"use client";

import { Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { deleteCashFlowAction } from "@/lib/portfolios/actions";
import { CASH_FLOW_KIND_LABELS } from "@/lib/portfolios/portfolio-constants";
import type { CashFlowRowDto } from "@/lib/portfolios/portfolio-dtos";
import { formatMoney } from "@/lib/utils/format-money";
import { formatDayText } from "./format-metrics";

/** "rate 1.0843 EUR→USD, ECB 2026-03-04"; the same currency says so. */
export function describeConversion(flow: CashFlowRowDto, from: string, to: string): string {
  if (flow.fxSource === "identity") return "same currency";
  return `rate ${Number(flow.fxRate).toFixed(4)} ${from}→${to}, ${flow.fxSource} ${flow.fxRateDate}`;
}

function DeleteFlowButton({ flow, label }: { flow: CashFlowRowDto; label: string }) {
  const router = useRouter();
  const { executeAsync, result } = useAction(deleteCashFlowAction);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Delete ${label}`}>
          <Trash2 aria-hidden />
        </Button>
      }
      title="Delete this flow?"
      description={`${label} leaves the ledger, and the holding's figures are recomputed without it. The audit log keeps a record.`}
      confirmLabel="Delete flow"
      error={result.serverError?.message}
      onConfirm={async () => {
        const outcome = await executeAsync({ flowId: flow.id });
        if (!outcome?.data) return false;
        router.refresh();
      }}
    />
  );
}

/** The holding's ledger, oldest first: each flow in its own currency and in the portfolio's, with the rate used. */
export function CashFlowLedger({ flows, currency, baseCurrency, canEdit }: { flows: CashFlowRowDto[]; currency: string; baseCurrency: string; canEdit: boolean }) {
  if (flows.length === 0) {
    return <EmptyState size="sm" title="No flows recorded yet" description="Record the first capital call below; distributions, fees and valuations follow it." />;
  }
  return (
    <Card className="overflow-hidden p-0">
      <Table>
        <caption className="sr-only">Cash flows and valuations</caption>
        <THead>
          <TR>
            <TH>Date</TH>
            <TH>Kind</TH>
            <TH className="text-right">Amount ({currency})</TH>
            <TH className="text-right">In {baseCurrency}</TH>
            <TH>Conversion</TH>
            <TH>Note</TH>
            {canEdit ? <TH className="sr-only">Actions</TH> : null}
          </TR>
        </THead>
        <TBody>
          {flows.map((flow) => {
            const label = `${CASH_FLOW_KIND_LABELS[flow.kind]} of ${formatMoney(flow.amount, currency)} on ${formatDayText(flow.day)}`;
            return (
              <TR key={flow.id}>
                <TD className="whitespace-nowrap">{formatDayText(flow.day)}</TD>
                <TD className="whitespace-nowrap">{CASH_FLOW_KIND_LABELS[flow.kind]}</TD>
                <TD className="text-right tabular-nums whitespace-nowrap">{formatMoney(flow.amount, currency)}</TD>
                <TD className="text-right tabular-nums whitespace-nowrap">{formatMoney(flow.amountBase, baseCurrency)}</TD>
                <TD className="text-xs whitespace-nowrap text-muted-foreground">{describeConversion(flow, currency, baseCurrency)}</TD>
                <TD className="max-w-xs text-sm text-muted-foreground">{flow.note}</TD>
                {canEdit ? <TD className="text-right">{flow.kind === "exit_proceeds" ? null : <DeleteFlowButton flow={flow} label={label} />}</TD> : null}
              </TR>
            );
          })}
        </TBody>
      </Table>
    </Card>
  );
}
