/**
 * What the offline document analyser looks for, line by line. Each key is a piece of evidence a
 * scoring criterion asks for; the first line that matches is quoted as the evidence.
 */
export const FACT_RULES = {
  resource_study: { label: "Resource or yield study", pattern: /\bP50\b|\bP90\b|irradiat|energy yield|wind speed|met[- ]mast|hydrolog|resource assessment/i },
  grid_connection: { label: "Grid connection", pattern: /grid connection|substation|interconnection|export capacity/i },
  land_rights: { label: "Land rights", pattern: /land lease|lease agreement|\bparcel\b|hectares|land rights|\bha\b of/i },
  financial_model: { label: "Financial model", pattern: /financial model|base case|total project cost|\bcapex\b/i },
  returns: { label: "Returns and cover ratios", pattern: /\bIRR\b|\bDSCR\b|\bNPV\b|payback/i },
  financing_structure: { label: "Financing structure", pattern: /senior debt|gearing|\btenor\b|debt.{0,20}equity|equity.{0,20}debt/i },
  revenue_contract: { label: "Revenue contract", pattern: /power purchase|\bPPA\b|offtake|off-take|tariff|take-or-pay/i },
  sensitivity: { label: "Sensitivity analysis", pattern: /sensitivit|downside|stress test/i },
  identified_risk: { label: "Identified risk", pattern: /\brisk\b|curtailment|mitigat/i },
  permits: { label: "Permits and licences", pattern: /licen[cs]e|permit|approval|consent/i },
  insurance: { label: "Insurance", pattern: /insurance|all risks|\bbroker\b/i },
  contract_security: { label: "Contractual security", pattern: /letter of credit|guarantee|security:|termination payment|letter of support/i },
  team_profiles: { label: "Team profiles", pattern: /\bCEO\b|\bCFO\b|\bdirector\b|head of|management team/i },
  track_record: { label: "Track record", pattern: /financial close|\d+ years|track record|delivered|\bled \d/i },
  open_roles: { label: "Open roles", pattern: /open position|vacan|search under way|to be hired|recruiting/i },
  esia: { label: "Environmental and social assessment", pattern: /environmental and social|\bESIA\b|environmental impact|\bEIA\b/i },
  standards: { label: "International standards", pattern: /\bIFC\b|performance standards|equator principles|\bGRI\b|\bSASB\b/i },
  emissions: { label: "Climate impact", pattern: /tCO2|CO2e|avoided emissions|emission factor/i },
  community: { label: "Community and social", pattern: /communit|livelihood|grievance|\bFPIC\b|free, prior|local employment|local hiring|households/i },
} as const;

export type FactKey = keyof typeof FACT_RULES;
export const FACT_KEYS = Object.keys(FACT_RULES) as [FactKey, ...FactKey[]];
