import { defineAccess } from "@/lib/access/access-rule";
import { DATAROOM_ORG_TYPES } from "./dataroom-org-types";

export const dataroomAccess = defineAccess({
  read: { feature: "The data room", orgTypes: DATAROOM_ORG_TYPES, permission: "dataroom.read", writes: false },
  write: { feature: "The data room", orgTypes: DATAROOM_ORG_TYPES, permission: "dataroom.write", writes: true },
  /** Printing and downloading are logged, but they change no document: a past-due org may still print. */
  print: { feature: "Printing", orgTypes: DATAROOM_ORG_TYPES, permission: "dataroom.read", writes: false },
  redact: { feature: "Redaction", orgTypes: DATAROOM_ORG_TYPES, permission: "dataroom.write", flag: "dataroom_redaction", writes: true },
  readRedaction: { feature: "Redaction", orgTypes: DATAROOM_ORG_TYPES, permission: "dataroom.read", flag: "dataroom_redaction", writes: false },
  accessLog: { feature: "The access log", orgTypes: DATAROOM_ORG_TYPES, permission: "audit.read", writes: false },
  share: { feature: "Share links", orgTypes: DATAROOM_ORG_TYPES, permission: "dataroom.write", writes: true },
});
