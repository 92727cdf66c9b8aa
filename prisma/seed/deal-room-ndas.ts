/** The NDAs Helios puts in front of its deal rooms: the exact texts whose SHA-256 each acceptance records. */
export const TURKANA_NDA = [
  "MUTUAL NON-DISCLOSURE AGREEMENT - Turkana Solar Park (48 MWp), Turkana County, Kenya",
  "",
  "1. Parties. Helios Renewables (the Developer) and the investor organisation accepting this agreement (the Recipient).",
  "2. Purpose. Evaluating an equity investment in Turkana Solar Park (the Purpose).",
  "3. Confidential Information. Every document, model and answer made available in this deal room, and any information derived from them.",
  "4. Obligations. The Recipient uses Confidential Information only for the Purpose, shares it only with its directors, employees and advisers who need it for the Purpose and are bound by equivalent duties, and does not contact the offtaker, the landowners or the county government about the project without the Developer's written consent.",
  "5. Exceptions. Information that is public other than through the Recipient, already known to it, independently developed, or required to be disclosed by law or a regulator.",
  "6. Term. Three (3) years from acceptance. On request the Recipient returns or destroys Confidential Information, except copies kept under its record-keeping rules.",
  "7. Governing law. The laws of Kenya; the courts of Nairobi have exclusive jurisdiction.",
  "",
  "By typing their full name, the person accepting confirms they are authorised to bind the Recipient.",
].join("\n");

export const MT_ELGON_NDA = [
  "NON-DISCLOSURE AGREEMENT - Mount Elgon Hydro (Series A), Eastern Region, Uganda",
  "",
  "The Recipient keeps confidential all information made available in this deal room about Mount Elgon Hydro, uses it only to evaluate the Series A investment, and shares it only with advisers bound by equivalent duties, for two (2) years from acceptance. The laws of Uganda apply.",
].join("\n");
