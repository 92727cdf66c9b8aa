"use client";

import { Download, Upload } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { LazyMenu } from "@/components/ui/lazy-menu";
import {
  PORTFOLIO_EXPORT_CONTENT_LABELS,
  PORTFOLIO_EXPORT_CONTENTS,
  PORTFOLIO_EXPORT_FORMATS,
  portfolioExportHref,
} from "@/lib/portfolios/export/portfolio-export-options";

/** Download the holdings or the cash flows as CSV or XLSX; writers also get the way to import them. */
export function PortfolioExportMenu({ portfolioId, canImport }: { portfolioId: string; canImport: boolean }) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {canImport ? (
        <Button asChild variant="outline" size="sm">
          <Link href={`/portfolios/${portfolioId}/import`}>
            <Upload aria-hidden /> Import from a file
          </Link>
        </Button>
      ) : null}
      <LazyMenu
        align="end"
        trigger={
          <Button variant="outline" size="sm">
            <Download aria-hidden /> Export
          </Button>
        }
        content={({ Item, Separator }) =>
          PORTFOLIO_EXPORT_CONTENTS.map((what, index) => [
            index > 0 ? <Separator key={`${what}-separator`} /> : null,
            ...PORTFOLIO_EXPORT_FORMATS.map((format) => (
              <Item key={`${what}-${format}`} asChild>
                <a href={portfolioExportHref(portfolioId, what, format)} download>
                  {PORTFOLIO_EXPORT_CONTENT_LABELS[what]} ({format.toUpperCase()})
                </a>
              </Item>
            )),
          ])
        }
      />
    </div>
  );
}
