import type { Precision } from "./dates.js";

export type EventType = "CALL" | "MEETING" | "VISIT" | "SIGNING" | "MESSAGE" | "SUMMIT" | "OTHER";

export interface Evidence {
  /** The sentence, as printed in the article. */
  readonly text: string;
  /** Character offsets of the sentence in the original article text. */
  readonly start: number;
  readonly end: number;
}

export interface ExtractedPerson {
  /** Actor dictionary id, or an id derived from the name for a person found by pattern. */
  id: string;
  nameAr: string;
  nameEn: string;
  /** "dictionary" when the Latin name is curated, "romanized" when it was derived from the Arabic. */
  nameEnSource: "dictionary" | "romanized";
  aliases: string[];
  role: string | null;
  country: string | null;
  qid: string | null;
  /** How the person was found: from the actor dictionary or from a title pattern only. */
  source: "dictionary" | "pattern";
}

export interface ExtractedCountry {
  code: string;
  nameAr: string;
  nameEn: string;
  /** True when the country takes part in a fact (an actor's, a place's or a party's country). */
  involved: boolean;
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  cameo: string;
  date: string | null;
  datePrecision: Precision | null;
  /** The date expression as written, when the date came from the text of this event. */
  dateText: string | null;
  planned: boolean;
  place: string | null;
  placeCountry: string | null;
  initiator: string | null;
  participants: string[];
  agreement: string | null;
  evidence: Evidence;
  confidence: number;
  /** Which story of the article reported it: 0 is the article's own, higher ones are appended. */
  story: number;
}

export interface ExtractedAgreement {
  id: string;
  kind: string;
  nameAr: string;
  nameEn: string;
  date: string | null;
  datePrecision: Precision | null;
  parties: string[];
  signatories: string[];
  evidence: Evidence;
  story: number;
}

export interface Diagnostic {
  readonly level: "info" | "warning" | "error";
  readonly code: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

export interface ArticleMeta {
  published?: string;
  url?: string;
  outlet?: string;
  title?: string;
}

export interface Extraction {
  file: string;
  publishedAt: string | null;
  /** The headline: from the sidecar, else the short line above the first paragraph. */
  title: string | null;
  /** From the sidecar, else a byline (Outlet: متابعة), else the address's site. */
  outlet: string | null;
  persons: ExtractedPerson[];
  countries: ExtractedCountry[];
  events: ExtractedEvent[];
  agreements: ExtractedAgreement[];
  diagnostics: Diagnostic[];
}
