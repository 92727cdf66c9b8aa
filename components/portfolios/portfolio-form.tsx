"use client";

import { LoaderCircle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { PortfolioDto } from "@/lib/portfolios/portfolio-dtos";
import { createPortfolioAction, updatePortfolioAction } from "@/lib/portfolios/actions";
import { PORTFOLIO_STATUS_LABELS, PORTFOLIO_STATUSES } from "@/lib/portfolios/portfolio-constants";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** Create or edit a portfolio; the server checks every field and its messages show beside them. */
export function PortfolioForm({ portfolio, currencies, currencyLocked }: { portfolio?: PortfolioDto; currencies: string[]; currencyLocked?: boolean }) {
  const router = useRouter();
  const create = useAction(createPortfolioAction, { onSuccess: ({ data }) => data && router.push(`/portfolios/${data.id}`) });
  const update = useAction(updatePortfolioAction, { onSuccess: ({ data }) => data && router.push(`/portfolios/${data.id}`) });
  const { result, isPending } = portfolio ? update : create;
  const errors = result.validationErrors?.fieldErrors ?? {};
  const cancelHref = portfolio ? `/portfolios/${portfolio.id}` : "/portfolios";

  return (
    <form
      noValidate
      className="grid max-w-2xl gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const fields = {
          name: text(form, "name"),
          description: text(form, "description"),
          currency: text(form, "currency"),
          targetSize: text(form, "targetSize"),
          vintageYear: text(form, "vintageYear"),
          strategy: text(form, "strategy"),
          status: text(form, "status") as (typeof PORTFOLIO_STATUSES)[number],
        };
        if (portfolio) update.execute({ portfolioId: portfolio.id, ...fields });
        else create.execute(fields);
      }}
    >
      {result.serverError ? <Alert variant="danger">{result.serverError.message}</Alert> : null}
      <Field label="Name" required error={errors.name}>
        <Input name="name" defaultValue={portfolio?.name ?? ""} maxLength={255} autoComplete="off" />
      </Field>
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <Field
          label="Base currency"
          required
          error={errors.currency}
          hint={currencyLocked ? "Fixed: flows are recorded in it." : "Every holding's flows convert to it at their date's ECB rate."}
        >
          <NativeSelect name="currency" defaultValue={portfolio?.currency ?? "USD"} disabled={currencyLocked}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </NativeSelect>
        </Field>
        {currencyLocked ? <input type="hidden" name="currency" value={portfolio?.currency} /> : null}
        <Field label="Status" error={errors.status}>
          <NativeSelect name="status" defaultValue={portfolio?.status ?? "ACTIVE"}>
            {PORTFOLIO_STATUSES.map((status) => (
              <option key={status} value={status}>
                {PORTFOLIO_STATUS_LABELS[status]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Target size" error={errors.targetSize} hint="In the base currency.">
          <Input name="targetSize" inputMode="decimal" defaultValue={portfolio?.targetSize ? String(Number(portfolio.targetSize)) : ""} placeholder="250000000" />
        </Field>
        <Field label="Vintage year" error={errors.vintageYear}>
          <Input name="vintageYear" inputMode="numeric" defaultValue={portfolio?.vintageYear ?? ""} placeholder="2026" />
        </Field>
      </div>
      <Field label="Strategy" error={errors.strategy}>
        <Input name="strategy" defaultValue={portfolio?.strategy ?? ""} maxLength={100} placeholder="Infrastructure equity" />
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea name="description" defaultValue={portfolio?.description ?? ""} rows={3} />
      </Field>
      <div className="flex gap-3">
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          {portfolio ? "Save changes" : "Create portfolio"}
        </Button>
        <Button asChild variant="outline">
          <Link href={cancelHref}>Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
