import type { ReactNode } from "react";
import type { ScreenCitationView } from "@/lib/deal-screening/get-deal-screen-view";
import type { ScreenClaim } from "@/lib/deal-screening/screen-claims";
import { ScreenCitationLink } from "./screen-citation-link";

/** Strengths, risks or next steps, each with the pages it cites. */
export function ScreenClaimList({
  title,
  claims,
  citations,
  empty,
  action,
}: {
  title: string;
  claims: ScreenClaim[];
  citations: ScreenCitationView[];
  empty: string;
  /** Something to do with a claim (a risk made into a covenant), shown after it. */
  action?: (claim: ScreenClaim) => ReactNode;
}) {
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  return (
    <section className="grid content-start gap-2" aria-label={title}>
      <h3 className="text-sm font-semibold">{title}</h3>
      {claims.length === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="grid list-disc gap-1.5 pl-5 text-sm">
          {claims.map((claim, index) => (
            <li key={index}>
              {claim.text}{" "}
              {claim.citations.map((n) => {
                const citation = byNumber.get(n);
                return citation ? <ScreenCitationLink key={n} citation={citation} /> : null;
              })}
              {action ? action(claim) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
