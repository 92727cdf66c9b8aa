/**
 * What the offline document analyser looks for, line by line. Each key is a piece of evidence a
 * scoring criterion asks for. `pattern` says what a line is about; only a statement (see
 * read-statement.ts) counts, and its strength decides the points:
 * - with `strong`, only a line matching it is full evidence (a signed agreement, a figure);
 *   any other statement about the subject is partial;
 * - a line matching `weak` is partial at most (a term sheet, an application, a draft).
 * `found`/`partial` name the evidence in explanations; `lacking` says what partial evidence misses.
 */
export type FactRule = {
  label: string;
  pattern: RegExp;
  strong?: RegExp;
  weak?: RegExp;
  found: string;
  partial?: string;
  lacking?: string;
  /** A further test of the whole line (a profile needs a person's name beside the role). */
  requires?: (line: string) => boolean;
  /** Facts whose clauses may carry this one's strength: an ESIA's "licence issued". */
  related?: readonly string[];
  /** Open roles are about the future by nature: "to be hired" is their evidence. */
  allowsIntent?: boolean;
  /** "Grace Wanjiru, CEO" is a profile though it has no verb. */
  allowsShortLine?: boolean;
};

const FIGURE = /\d/;
const EXECUTED = /\b(?:signed|executed|countersigned|concluded|entered into|in force)\b/i;
const ROLE =
  /\b(?:CEO|CFO|CTO|COO|[Cc]hief \w+ [Oo]fficer|[Mm]anaging [Dd]irector|[Dd]irector|[Hh]ead of|[Mm]anager|[Ee]ngineer|[Pp]artner|[Cc]o-?[Ff]ounder|[Ff]ounder|[Cc]hair(?:man|woman|person)?|[Pp]rincipal|[Aa]dvis[eo]r)\b/;
const PERSON_NAME = "(?:(?:Mr|Mrs|Ms|Dr|Eng|Prof)\\.? [A-Z][a-z'’-]+|[A-Z][a-z'’-]+(?: [A-Z]\\.)?(?: [A-Z][a-z'’-]+)+)";
/** A person named beside a role: "Grace Wanjiru, CEO", "Sarah Chen — Head of Finance", "CFO: Peter Otieno". */
const NAMED_ROLE = new RegExp(
  `${PERSON_NAME}\\s*(?:,|:|\\(|[–—-]|\\bis (?:the |our )?|\\bas )\\s*(?:[A-Za-z&-]+\\s+){0,3}(?:${ROLE.source})|(?:${ROLE.source})\\s*[:,–—-]\\s*${PERSON_NAME}`,
);

/** Past delivery needs something countable: "two plants", "120 MW", "to financial close". */
const TRACK_OBJECT =
  "\\b(?:\\d[\\d,.]*\\+?|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|multiple|numerous)\\s+(?:[\\w-]+\\s+){0,3}(?:plants|projects|farms|parks|transactions|deals|IPPs|mini-?grids|sites|assets)\\b" +
  "|\\b\\d[\\d,.]*\\s?(?:MWp?|GW|MWh)\\b|\\b(?:to|through) financial close|\\bfinancial closes\\b";
const SECTOR = "development|industry|sector|energy|renewables?|IPPs?|power|finance|infrastructure|solar|wind|hydro|banking|utilities|construction";

const hasNamedPerson = (line: string) => NAMED_ROLE.test(line);

export const FACT_RULES = {
  resource_study: {
    label: "Resource or yield study",
    pattern: /\bP50\b|\bP90\b|irradia|energy yield|yield (?:study|assessment|report)|wind speed|met[- ]mast|hydrolog|resource assessment|(?:solar|wind) resource/i,
    // A yield figure, not a mention of P50 (a PPA's "2% of annual P50 energy").
    strong: /\bP(?:50|75|90)\b[^;]{0,60}?\d[\d,.]*\s?(?:GWh|MWh|kWh\/kWp|%)|\d[\d,.]*\s?(?:GWh|MWh)\b[^;]{0,40}\bP(?:50|90)\b|kWh\/kWp|kWh\/m2|\d\s?m\/s/i,
    weak: /\bdesktop\b|\bpreliminary\b|\bindicative\b|\bdraft\b/i,
    found: "Energy yield study with P50/P90 figures",
    partial: "Resource data without a bankable yield figure",
    lacking: "a P50/P90 energy yield study",
  },
  grid_connection: {
    label: "Grid connection",
    pattern: /grid connection|interconnection|connection agreement|substation|point of connection|connection point|evacuation line|transmission line/i,
    strong: new RegExp(
      `${EXECUTED.source}|\\bobtained\\b|\\bin place\\b|connection agreement\\b.{0,80}\\b(?:dated|between)\\b|\\benergi[sz]ed\\b|\\bconnected to the (?:grid|network)\\b`,
      "i",
    ),
    weak: /\bappl(?:ied|ication)\b|\bstud(?:y|ies)\b|\boffer\b|\bquotation\b|\bdraft\b|\bfeasibility\b|\bsubmitted\b|\bpreliminary\b/i,
    found: "Signed grid connection agreement",
    partial: "Grid connection application, offer or study only",
    lacking: "a signed grid connection agreement",
  },
  land_rights: {
    label: "Land rights",
    pattern: /\blease(?:d|hold)?\b|\bparcel\b|hectares|land rights|\bha\b|title deed|land title|surface rights|easement|wayleave|land purchase|\bacres\b/i,
    strong: /\b(?:signed|executed|registered|granted|dated|acquired|purchased|freehold)\b|title deed|land title|\d+[- ]year lease/i,
    weak: /\boption\b|\bMoU\b|memorandum|heads of terms|letter of intent|\bdraft\b|in principle|\bidentified\b|\bshortlisted\b|\bcandidate\b/i,
    found: "Signed land lease or title",
    partial: "Site described or land under option only",
    lacking: "a signed lease or title deed",
  },
  financial_model: {
    label: "Financial model",
    pattern: /financial model|base case|total project cost|\bcapex\b|project cost|\bLCOE\b|levelised cost/i,
    strong: FIGURE,
    found: "Financial model with figures",
    partial: "Financial model mentioned without figures",
    lacking: "the model's figures (capex, financing, revenue)",
  },
  returns: {
    label: "Returns and cover ratios",
    pattern: /\bIRR\b|\bDSCR\b|\bNPV\b|payback|\bLLCR\b/i,
    strong: FIGURE,
    found: "Returns and cover ratios with figures",
    partial: "Returns mentioned without figures",
    lacking: "IRR and DSCR figures",
  },
  financing_structure: {
    label: "Financing structure",
    pattern:
      /(?<!outstanding )senior debt|gearing|\btenor\b|debt\s?(?:\/|-to-|and|:)\s?equity|equity\s?(?:\/|and|:)\s?debt|debt.{0,12}\d+\s?%.{0,30}equity|mezzanine|concessional (?:loan|debt)|blended finance/i,
    strong: /\d|\bcommitted\b|\bsigned\b|\bapproved\b|\bmandated\b|credit committee/i,
    weak: /\bindicative\b/i,
    found: "Debt/equity structure with terms",
    partial: "Financing mentioned without terms",
    lacking: "the debt/equity split and tenor",
  },
  revenue_contract: {
    label: "Revenue contract",
    pattern: /power purchase|\bPPA\b|offtake|off-take|take-or-pay|tariff|energy sales agreement/i,
    strong: new RegExp(`${EXECUTED.source}|\\beffective (?:since|from|on)\\b|\\bdated\\b`, "i"),
    weak: /term sheet|heads of terms|\bindicative\b|\bMoU\b|memorandum of understanding|letter of intent|\bLOI\b|\bdraft\b|non-binding|expression of interest|\bproposal\b|\bassum/i,
    found: "Signed PPA or offtake agreement",
    partial: "PPA term sheet, draft or tariff assumption only",
    lacking: "a signed PPA or offtake agreement",
  },
  sensitivity: {
    label: "Sensitivity analysis",
    pattern: /sensitivit|downside (?:case|scenario)|stress test|scenario analysis|break-?even/i,
    strong: FIGURE,
    found: "Sensitivity cases with figures",
    partial: "Sensitivities mentioned without figures",
    lacking: "the sensitivity results",
  },
  identified_risk: {
    label: "Identified risk",
    pattern: /(?<!all[- ])\brisks?\b|curtailment|mitigat|force majeure|currency exposure/i,
    strong: /mitigat|\bhedg|\binsured\b|covered by|addressed (?:by|through)|managed (?:by|through)|allocated to|passed through|risk register|\bowner\b/i,
    found: "Risks named with their mitigants",
    partial: "Risks named without mitigants",
    lacking: "a mitigant for each risk",
  },
  permits: {
    label: "Permits and licences",
    pattern: /licen[cs]e|permit|approval|(?<!informed )consent|authori[sz]ation|objection-waiver/i,
    strong: /\b(?:issued|granted|approved|obtained|received|awarded|in force|renewed)\b|\bvalid (?:until|to|through)\b|\b(?:no\.|number|ref\.?)\s*[:#]?\s*[A-Z0-9/-]*\d/i,
    weak: /\bappl(?:ied|ication)\b|\bsubmitted\b|\blodged\b|\bfiled\b|in progress|under review|under ?way|\bdraft\b/i,
    found: "Permit or licence issued",
    partial: "Permit applied for or described, not shown as issued",
    lacking: "an issued permit or licence",
  },
  insurance: {
    label: "Insurance",
    pattern: /insurance|\binsured\b|\binsurer\b|all[- ]risks?|\bbroker\b|underwrit/i,
    strong: /\bbound\b|in place|\bpolicy\b|insured (?:by|with|under|for)|\bplaced\b|\bissued\b|\bunderwritten\b|sum insured|\d/i,
    weak: /indicat|\bquot(?:e|ation)\b|\bproposal\b|\bdraft\b/i,
    found: "Insurance cover in place",
    partial: "Insurance indication or quote only",
    lacking: "bound insurance cover",
  },
  contract_security: {
    label: "Contractual security",
    pattern: /letter of credit|guarantee|security package|security:|termination payment|letter of support|escrow|put[- ]call option|implementation agreement/i,
    weak: /\bdraft\b|term sheet|\bindicative\b|\brequested\b/i,
    found: "Payment security documented",
    partial: "Payment security in draft or requested only",
    lacking: "an executed letter of credit or guarantee",
  },
  team_profiles: {
    label: "Team profiles",
    pattern: ROLE,
    requires: hasNamedPerson,
    allowsShortLine: true,
    found: "Named managers with their roles",
  },
  track_record: {
    label: "Track record",
    pattern: new RegExp(
      `\\b(?:led|delivered|built|developed|commissioned|financed|closed|constructed|raised|structured|completed|managed|operated|operates)\\b.{0,80}(?:${TRACK_OBJECT})` +
        `|\\b\\d+\\+?\\s+years['’]?\\s+(?:of\\s+)?(?:experience|in\\s+(?:the\\s+)?(?:[\\w&-]+\\s+){0,3}(?:${SECTOR}))\\b` +
        "|\\btrack record (?:of|includes|in)\\b|\\breached financial close\\b",
      "i",
    ),
    found: "Past delivery documented",
  },
  open_roles: {
    label: "Open roles",
    pattern:
      /open positions?|vacan(?:t|cy|cies)\b(?!\s+(?:land|plot|site|parcel))|search under ?way|to be (?:hired|appointed|recruited)|recruiting (?:a|an|for)\b|position (?:is )?open|role (?:is )?open|\bTBD\b|\bTBC\b/i,
    allowsIntent: true,
    found: "Open key role",
  },
  esia: {
    label: "Environmental and social assessment",
    pattern: /environmental and social|\bESIA\b|environmental impact|\bEIA\b|\bESMP\b|environmental (?:and social )?management plan/i,
    strong:
      /\b(?:approved|completed|conducted|carried out|undertaken|prepared|finali[sz]ed|disclosed|licen[cs]ed|issued|granted|certified)\b|\blicen[cs]e\b|\breport\b|\bsummary\b/i,
    weak: /scoping|terms of reference|\bToR\b|baseline|in progress|under ?way|ongoing|\bsubmitted\b|screening|\bdraft\b|\bstarted\b|commenced|initiated/i,
    related: ["permits"],
    found: "ESIA completed or approved",
    partial: "ESIA under way (scoping, baseline or submitted)",
    lacking: "a completed or approved ESIA",
  },
  standards: {
    label: "International standards",
    pattern: /performance standards|equator principles|\bIFC PS\s?\d|IFC EHS|EHS guidelines|\bGRI\b|\bSASB\b|\bISO 14001\b|\bISO 45001\b/i,
    found: "International standards applied",
  },
  emissions: {
    label: "Climate impact",
    pattern: /tCO2|CO2e|CO₂|avoided emissions|emission factor|greenhouse gas|\bGHG\b/i,
    // A quantity of CO2, not the "2" in "tCO2e".
    strong: /\d[\d,.]*\s*(?:thousand |million |k|m)?\s*(?:t|tonnes?|tons?|kt|Mt|tCO2e?|ktCO2e?|MtCO2e?)\b|\d[\d,.]*\s*(?:kg|g|t)\s*CO2e?\s*\/\s*[kM]Wh|\b0\.\d+\b/i,
    found: "Avoided emissions quantified",
    partial: "Climate impact mentioned without figures",
    lacking: "the tCO2e avoided per year",
  },
  community: {
    label: "Community and social",
    pattern: /communit|livelihood|grievance|\bFPIC\b|free, prior|local employment|local hiring|households|stakeholder engagement|consultation|resettlement/i,
    found: "Community engagement documented",
  },
} satisfies Record<string, FactRule>;

export type FactKey = keyof typeof FACT_RULES;
export const FACT_KEYS = Object.keys(FACT_RULES) as [FactKey, ...FactKey[]];
