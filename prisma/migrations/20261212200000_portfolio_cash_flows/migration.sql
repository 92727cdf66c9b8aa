-- A portfolio holding's dated ledger (issue 16): calls, distributions, fees, NAV marks and exit
-- proceeds in the holding's currency, each with its conversion to the portfolio's currency.
-- CreateTable
CREATE TABLE "portfolio_cash_flows" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "holding_id" UUID NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "flow_date" DATE NOT NULL,
    "amount" DECIMAL(19,4) NOT NULL,
    "amount_base" DECIMAL(19,4) NOT NULL,
    "fx_rate" DECIMAL(19,10) NOT NULL,
    "fx_rate_date" DATE NOT NULL,
    "fx_source" VARCHAR(50) NOT NULL,
    "note" TEXT,
    "created_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "portfolio_cash_flows_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "portfolio_cash_flows_holding_id_flow_date_idx" ON "portfolio_cash_flows"("holding_id", "flow_date");

-- CreateIndex
CREATE INDEX "portfolio_cash_flows_org_id_idx" ON "portfolio_cash_flows"("org_id");

-- AddForeignKey
ALTER TABLE "portfolio_cash_flows" ADD CONSTRAINT "portfolio_cash_flows_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_cash_flows" ADD CONSTRAINT "portfolio_cash_flows_holding_id_fkey" FOREIGN KEY ("holding_id") REFERENCES "portfolio_holdings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_cash_flows" ADD CONSTRAINT "portfolio_cash_flows_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "portfolio_cash_flows" ADD CONSTRAINT "ck_portfolio_cash_flows_kind"
  CHECK ("kind" IN ('capital_call', 'distribution_income', 'distribution_return_of_capital', 'fee', 'valuation', 'exit_proceeds'));
ALTER TABLE "portfolio_cash_flows" ADD CONSTRAINT "ck_portfolio_cash_flows_amount" CHECK ("amount" >= 0 AND "amount_base" >= 0);
ALTER TABLE "portfolio_cash_flows" ADD CONSTRAINT "ck_portfolio_cash_flows_fx_rate" CHECK ("fx_rate" > 0);
