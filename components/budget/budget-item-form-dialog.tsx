"use client";

import { useAction } from "next-safe-action/hooks";
import { useId, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { createBudgetItemAction, updateBudgetItemAction } from "@/lib/budget/actions";
import { BUDGET_ITEM_STATUSES, type BudgetItemStatus } from "@/lib/budget/budget-constants";
import type { BudgetItemDto } from "@/lib/budget/to-budget-item-dto";
import { BUDGET_STATUS_META } from "./budget-status-badge";

type Props = { projectId: string; currency: string; categories: string[]; item?: BudgetItemDto; trigger: ReactNode };

/** "1,250,000.50" as typed -> "1250000.50": grouping is for reading, the server wants the digits. */
const toDecimalString = (value: string) => value.replace(/[\s,]/g, "");

/** Shows 4-decimal strings as typed amounts: "29800000.0000" -> "29800000". */
const toInputAmount = (value: string | null | undefined) => (value ? value.replace(/\.?0+$/, "") : "");

export function BudgetItemFormDialog({ projectId, currency, categories, item, trigger }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const close = { onSuccess: () => setOpen(false) };
  const create = useAction(createBudgetItemAction, close);
  const update = useAction(updateBudgetItemAction, close);
  const active = item ? update : create;
  const errors = active.result.validationErrors?.fieldErrors ?? {};
  const serverMessage = active.result.serverError?.message;

  function onOpenChange(next: boolean) {
    // While saving, the dialog stays open (the result lands in it); opening is never blocked.
    if (!next && active.isPending) return;
    if (next) {
      create.reset();
      update.reset();
    }
    setOpen(next);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const actual = toDecimalString(form.actualAmount ?? "");
    const fields = {
      projectId,
      category: form.category,
      description: form.description,
      estimatedAmount: toDecimalString(form.estimatedAmount),
      actualAmount: actual === "" ? null : actual,
      currency: form.currency,
      status: form.status as BudgetItemStatus,
    };
    if (item) update.execute({ ...fields, budgetItemId: item.id });
    else create.execute(fields);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{item ? "Edit budget line" : "Add budget line"}</DialogTitle>
          <DialogDescription>Amounts are in {currency}, the project currency, with up to 4 decimal places.</DialogDescription>
        </DialogHeader>
        <form key={String(open)} onSubmit={onSubmit} className="grid gap-4" noValidate>
          {serverMessage ? (
            <Alert variant="danger" title={item ? "The line was not saved" : "The line was not added"}>
              {serverMessage}
            </Alert>
          ) : null}
          <div className="grid items-start gap-4 sm:grid-cols-2">
            <Field label="Category" error={errors.category} hint="Pick a suggestion or type your own." required>
              <Input name="category" list={listId} defaultValue={item?.category} autoComplete="off" placeholder="e.g. EPC" />
            </Field>
            <datalist id={listId}>
              {categories.map((category) => (
                <option key={category} value={category} />
              ))}
            </datalist>
            <Field label="Status" error={errors.status} required>
              <NativeSelect name="status" defaultValue={item?.status ?? "PLANNED"}>
                {BUDGET_ITEM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {BUDGET_STATUS_META[status].label}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          </div>
          <Field label="Description" error={errors.description} required>
            <Textarea name="description" rows={2} defaultValue={item?.description} placeholder="e.g. Modules, trackers and inverters" />
          </Field>
          <div className="grid items-start gap-4 sm:grid-cols-3">
            <Field label="Estimated amount" error={errors.estimatedAmount} required>
              <Input name="estimatedAmount" inputMode="decimal" defaultValue={toInputAmount(item?.estimatedAmount)} placeholder="250000" />
            </Field>
            <Field label="Actual amount" error={errors.actualAmount} hint="Leave empty until spent or contracted.">
              <Input name="actualAmount" inputMode="decimal" defaultValue={toInputAmount(item?.actualAmount)} />
            </Field>
            <Field label="Currency" error={errors.currency} hint="The project currency.">
              <Input name="currency" defaultValue={currency} readOnly className="bg-muted" />
            </Field>
          </div>
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)} disabled={active.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={active.isPending} aria-busy={active.isPending}>
              {active.isPending ? "Saving…" : item ? "Save changes" : "Add line"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
