/**
 * The prose of the search bench corpus (bench/seed-search-corpus.ts): per topic, the kinds of
 * document a renewable-energy data room holds and sentences such documents say; general sentences
 * any of them may say. "turbine" is common on purpose (two topics and one general sentence): the
 * costly case for ranking, which must rank every matching chunk.
 */
export const SENTENCES_PER_TOPIC = 8;

export const TOPICS: { documentTypes: string[]; sentences: string[] }[] = [
  {
    documentTypes: ["Wind Resource Assessment", "Turbine Supply Agreement", "Noise Study", "Wind O&M Report"],
    sentences: [
      "The wind turbine foundations were designed for the measured soil bearing capacity at each pad.",
      "Each turbine has a rated capacity of 4.2 MW with a hub height of 110 metres and a rotor of 150 metres.",
      "The wind resource assessment used two years of met mast data corrected to the long-term reference.",
      "Blade inspections found leading edge erosion on several turbine rotors after the first winter.",
      "The availability guarantee covers the turbine, the nacelle and the converter for ten years.",
      "Noise modelling shows the nearest dwelling stays below 40 dB at all wind speeds.",
      "Wake losses across the array were estimated at 8.5 percent of gross annual energy production.",
      "Shadow flicker at the school is limited by a curtailment schedule in the turbine controller.",
    ],
  },
  {
    documentTypes: ["Solar Yield Report", "EPC Contract", "Module Supply Agreement", "PV Performance Report"],
    sentences: [
      "The solar park uses bifacial modules on single-axis trackers to raise the specific energy yield.",
      "Inverter clipping losses were modelled at 1.2 percent for the chosen DC to AC ratio of 1.35.",
      "Module degradation is assumed at 0.45 percent per year over the 25-year project life.",
      "Soiling losses are mitigated by a dry cleaning robot fleet during the dust season.",
      "The irradiation data combine satellite series with an on-site pyranometer campaign.",
      "The EPC contractor guarantees the performance ratio at commissioning and after two years.",
      "Tracker stow strategy protects the modules when wind gusts exceed the design threshold.",
      "The monthly performance ratio fell in March because of a tripped combiner box.",
    ],
  },
  {
    documentTypes: ["Hydrology Study", "Hydro Feasibility Study", "Powerhouse Design Report", "Dam Safety Review"],
    sentences: [
      "The run-of-river hydro plant diverts water through a 2.4 km headrace tunnel.",
      "Francis turbine efficiency peaks at 93 percent near the design discharge.",
      "Environmental flow releases keep the river reach alive during the dry season.",
      "Sediment flushing of the intake is scheduled after each flood event.",
      "The hydrological study relies on thirty years of gauging station records.",
      "The powerhouse houses two turbine units and a shared step-up transformer.",
      "Fish passage design was agreed with the regional water authority.",
      "The penstock was pressure tested to one and a half times the maximum surge head.",
    ],
  },
  {
    documentTypes: ["BESS Technical Specification", "Storage Revenue Model", "Battery Warranty", "Fire Safety Plan"],
    sentences: [
      "The battery energy storage system provides 50 MW for four hours of discharge.",
      "Lithium iron phosphate cells were chosen for their thermal stability and cycle life.",
      "Augmentation is planned in year eight to keep the usable capacity above the contract level.",
      "The storage revenue stack combines capacity payments, arbitrage and frequency response.",
      "Fire suppression and ventilation follow the NFPA 855 separation requirements.",
      "State of charge management keeps the cells between 10 and 90 percent.",
      "Round-trip efficiency at the point of interconnection is measured at 86 percent.",
      "The warranty caps cycling at 365 full equivalent cycles per year.",
    ],
  },
  {
    documentTypes: ["Financial Model", "Term Sheet", "Power Purchase Agreement", "Investment Memo"],
    sentences: [
      "The power purchase agreement runs for twenty years with a tariff indexed to inflation.",
      "Debt service coverage ratio stays above 1.30 in the base case financial model.",
      "The senior loan from the development finance institution has an eighteen-year tenor.",
      "Currency risk is hedged for the construction period through a cross-currency swap.",
      "Equity internal rate of return reaches 14 percent in the P50 case.",
      "The offtaker credit risk is covered by a sovereign guarantee and a letter of credit.",
      "Construction contingency amounts to seven percent of the capital expenditure.",
      "A cash sweep applies when the coverage ratio falls below the lock-up level.",
    ],
  },
  {
    documentTypes: ["ESIA", "Resettlement Action Plan", "Stakeholder Engagement Plan", "Biodiversity Action Plan"],
    sentences: [
      "The environmental and social impact assessment was approved by the national agency.",
      "Community consultation meetings were held in every affected village.",
      "The resettlement action plan compensates households for land and crops.",
      "Biodiversity offsets protect twice the area of habitat converted by the project.",
      "Grievance records show most complaints concern dust and traffic during construction.",
      "Local hiring targets reserve forty percent of construction jobs for nearby residents.",
      "The stakeholder engagement plan follows the IFC performance standards.",
      "Bird collision monitoring runs through two migration seasons after commissioning.",
    ],
  },
];

export const GENERAL_SENTENCES = [
  "The grid connection agreement reserves export capacity at the new substation.",
  "Land lease agreements cover the full site for thirty years with renewal options.",
  "The independent engineer reviewed the design, the schedule, the budget and the turbine supply terms.",
  "Insurance covers construction all risks, delay in start-up and third-party liability.",
  "Permits for construction and operation were granted before financial close.",
  "The operations and maintenance contract includes a monthly performance report.",
  "Curtailment by the grid operator is compensated above a yearly threshold.",
  "Transmission losses to the delivery point are estimated at two percent.",
  "The project company holds all rights to the site through a registered lease.",
  "Quarterly reports to lenders cover generation, availability, incidents and spending.",
];

export const PLACES = ["Turkana", "Kisumu", "Garissa", "Atacama", "Ouarzazate", "Gujarat", "Mindanao", "Bahia", "Patagonia", "Anatolia", "Sonora", "Lusaka"];

/** On page 7 of one document in 97: what the rare-word query finds. */
export const RARE_SENTENCE = "An archaeological survey found pottery fragments near the access road.";
