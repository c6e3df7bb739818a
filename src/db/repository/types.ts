/** Records as the read statements return them: node properties, missing ones as undefined. */

export type EventType = "CALL" | "MEETING" | "VISIT" | "SIGNING" | "MESSAGE" | "SUMMIT" | "OTHER";
export type DatePrecision = "day" | "month" | "year";

export interface PersonRecord {
  readonly id: string;
  readonly nameEn?: string | null;
  readonly nameAr?: string | null;
  readonly nameEnSource?: string | null;
  readonly aliases?: readonly string[] | null;
  readonly role?: string | null;
  readonly country?: string | null;
  readonly qid?: string | null;
  readonly source?: string | null;
  /** Network metrics, from the last analysis (npm run analyze). */
  readonly degree?: number | null;
  readonly pagerank?: number | null;
  readonly community?: number | null;
}

export interface CountryRecord {
  readonly code: string;
  readonly nameEn?: string | null;
  readonly nameAr?: string | null;
}

export interface EventRecord {
  readonly id: string;
  readonly type: EventType;
  readonly cameo?: string | null;
  readonly date?: string | null;
  readonly dateStart?: string | null;
  readonly dateEnd?: string | null;
  readonly datePrecision?: DatePrecision | null;
  readonly place?: string | null;
  readonly placeCountry?: string | null;
  readonly planned?: boolean | null;
  readonly initiator?: string | null;
  readonly confidence?: number | null;
  /** Present when the statement that read the event embedded them (null: not read). */
  readonly participants?: readonly ParticipantRecord[] | null;
}

export interface AgreementRecord {
  readonly id: string;
  readonly kind?: string | null;
  readonly nameAr?: string | null;
  readonly nameEn?: string | null;
  readonly date?: string | null;
  readonly dateStart?: string | null;
  readonly dateEnd?: string | null;
  readonly datePrecision?: DatePrecision | null;
}

export interface ArticleRecord {
  readonly id: string;
  readonly file?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly publishedAt?: string | null;
  readonly sha256?: string | null;
}

/** A call seen from one person: the other party, and who called when that is known. */
export interface CallRecord {
  readonly date: string | null;
  readonly directed: boolean;
  readonly person: PersonRecord;
  readonly event: EventRecord | null;
  /** The counterpart's own calls, when the statement read the next level along. */
  readonly nested?: readonly { direction: "out" | "in"; items: readonly CallRecord[] }[];
}

/** The window of a list of calls: dates, page size, and what is read of each call. */
export interface CallWindow {
  readonly range: DateRange;
  readonly limit: number;
  /** Whether the calls' events are read. */
  readonly withEvent: boolean;
  /** Whether the counterparts carry only id, nameEn, nameAr, country and role. */
  readonly light: boolean;
}

/** Whose calls, and which: those a person made (out) or received (in). */
export interface CallTarget {
  readonly id: string;
  readonly direction: "out" | "in";
}

/** The calls of the counterparts of a list of calls, read in the same statement. */
export interface NestedCalls {
  readonly directions: readonly ("out" | "in")[];
  readonly window: CallWindow;
}

export interface MeetingRecord {
  readonly date: string | null;
  readonly person: PersonRecord;
  readonly event: EventRecord | null;
}

export interface MessageRecord {
  readonly date: string | null;
  /** "sent" when this person wrote, "received" when the other one did. */
  readonly direction: "sent" | "received";
  readonly person: PersonRecord;
  readonly event: EventRecord | null;
}

export interface VisitRecord {
  readonly date: string | null;
  readonly country: CountryRecord;
  readonly event: EventRecord | null;
}

export interface CounterpartRecord {
  readonly person: PersonRecord;
  readonly count: number;
  readonly types: readonly EventType[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface ParticipantRecord {
  readonly role: string;
  /** The office held on the event's date, as the loader found it. */
  readonly office?: string | null;
  readonly person: PersonRecord;
}

export interface SourceRecord {
  readonly quote: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly confidence: number | null;
  readonly article: ArticleRecord;
}

export type InteractionRecord =
  | { readonly kind: "EVENT"; readonly node: EventRecord }
  | { readonly kind: "AGREEMENT"; readonly node: AgreementRecord };

/** A node of a path or a search hit, tagged with its label. */
/** Which shared events count toward counterparts: dates overlapping from–to, a type, planned. */
export interface CounterpartFilter {
  readonly from: string | null;
  readonly to: string | null;
  readonly type: string | null;
  readonly planned: boolean;
}

/** How many events of one type fell in one period (a month YYYY-MM, or a year YYYY). */
export interface EventCountRecord {
  readonly period: string;
  readonly type: string;
  readonly count: number;
}

/** A country another dealt with, how often and when, and its persons who took part most. */
export interface CountryCounterpartRecord {
  readonly country: CountryRecord;
  readonly count: number;
  readonly types: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly persons: readonly { readonly person: PersonRecord; readonly count: number }[];
}

export interface EventCountOptions {
  readonly from: string | null;
  readonly to: string | null;
  readonly type: string | null;
  readonly planned: boolean;
  /** Per month (YYYY-MM; events dated to the year only stay in their year), else per year. */
  readonly month: boolean;
  /** Only events shared with this person (for persons) or country (for countries). */
  readonly with: string | null;
}

/** A piece of an article's text, with its offsets in the article. */
export interface ParagraphRecord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A paragraph found by a search of the articles' text. */
export interface PassageRecord extends ParagraphRecord {
  readonly article: ArticleRecord;
}

export type TaggedNode =
  | (PersonRecord & { readonly __typename: "Person" })
  | (EventRecord & { readonly __typename: "Event" })
  | (AgreementRecord & { readonly __typename: "Agreement" })
  | (CountryRecord & { readonly __typename: "Country" })
  | (ArticleRecord & { readonly __typename: "Article" })
  | (PassageRecord & { readonly __typename: "Passage" });

export interface PathRecord {
  readonly nodes: readonly TaggedNode[];
  readonly relationships: readonly {
    readonly type: string;
    /** True when the relationship points from the previous node of the path to the next. */
    readonly forward: boolean;
    readonly date: string | null;
    readonly role: string | null;
  }[];
}

export interface SearchHitRecord {
  readonly node: TaggedNode;
  readonly score: number;
}

/** One page of a list that belongs to a parent, with the size of the whole list. */
export interface PageRecord<T> {
  readonly total: number;
  readonly items: readonly T[];
}

/** Date bounds, as first and last day ('YYYY-MM-DD'); null when open. */
export interface DateRange {
  readonly from: string | null;
  readonly to: string | null;
}

export interface EventFilter extends DateRange {
  readonly type: EventType | null;
  readonly participant: string | null;
  readonly country: string | null;
  readonly planned: boolean | null;
}

export interface AgreementFilter extends DateRange {
  readonly party: string | null;
}

export interface Window {
  readonly offset: number;
  readonly limit: number;
}
