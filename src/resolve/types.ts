import type { ArticleMeta, EventType, Extraction } from "../extract/types.js";

/** One article's extraction, with what identifies the article. */
export interface ArticleExtraction {
  readonly file: string;
  readonly sha256: string;
  readonly meta: ArticleMeta | undefined;
  readonly extraction: Extraction;
  /** The text as loaded: the facts' offsets point into it. */
  readonly text: string;
}

export interface Source {
  readonly article: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

export interface ResolvedPerson {
  id: string;
  nameEn: string;
  nameAr: string;
  nameEnSource: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  qid: string | null;
  source: string;
  /** Folded spellings and the lower-case Latin name: how a lookup by name finds the person. */
  names: string[];
}

export interface ResolvedCountry {
  code: string;
  nameEn: string;
  nameAr: string;
}

/** What an existing graph node of a signature looks like, for merging new reports into it. */
export interface Cluster {
  readonly id: string;
  date: string | null;
  placeCountry: string | null;
}

export type ParticipantRole =
  | "caller"
  | "callee"
  | "host"
  | "guest"
  | "visitor"
  | "signatory"
  | "sender"
  | "recipient"
  | "attendee"
  | "participant";

export interface ResolvedAgreement extends Cluster {
  signature: string;
  isNew: boolean;
  kind: string;
  nameAr: string;
  nameEn: string;
  parties: string[];
  signatories: string[];
  sources: Source[];
}

export interface ResolvedEvent extends Cluster {
  signature: string;
  isNew: boolean;
  type: EventType;
  cameo: string;
  place: string | null;
  planned: boolean;
  initiator: string | null;
  participants: { id: string; role: ParticipantRole; office: string | null }[];
  agreement: string | null;
  confidence: number;
  sources: Source[];
}

export interface ResolveDiagnostic {
  readonly code: "date-conflict" | "ambiguous-undated" | "direction-conflict";
  readonly message: string;
}
