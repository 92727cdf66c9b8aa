import { marketplaceHref, type MarketplaceQuery } from "@/lib/marketplace/marketplace-query";

/** The URL's other parameters as [name, value] pairs, for a GET form that changes only some of them. */
export function hiddenParams(query: MarketplaceQuery, omit: readonly string[]): [string, string][] {
  const search = marketplaceHref(query).split("?")[1] ?? "";
  return [...new URLSearchParams(search).entries()].filter(([name]) => !omit.includes(name));
}

export function HiddenInputs({ pairs }: { pairs: [string, string][] }) {
  return pairs.map(([name, value], index) => <input key={`${name}-${value}-${index}`} type="hidden" name={name} value={value} />);
}
