import type { AgreementMention } from "./agreements.js";
import type { DateExpr, ResolvedDate } from "./dates.js";
import { countryInfo } from "./lexicon/countries.js";
import type { Mention } from "./persons.js";
import type { FoldedText } from "./text/normalize.js";
import type { Span } from "./text/structure.js";
import { type Token, toOriginal } from "./text/tokens.js";
import type {
  Diagnostic,
  Evidence,
  ExtractedAgreement,
  ExtractedCountry,
  ExtractedEvent,
  ExtractedPerson,
} from "./types.js";

export interface Sentence {
  readonly span: Span;
  readonly tokens: Token[];
  readonly mentions: Mention[];
  readonly dates: { expr: DateExpr; date: ResolvedDate | undefined }[];
  readonly agreements: AgreementMention[];
  /** The story's headline: its events are the body's, told again, and take no date of their own. */
  readonly title?: boolean;
}

export interface ResolvedParticipant {
  readonly id: string;
  readonly at: number;
}

/** What one article has gathered so far, shared by its stories. */
export class ArticleState {
  readonly persons = new Map<string, ExtractedPerson>();
  readonly countries = new Map<string, ExtractedCountry>();
  readonly events: ExtractedEvent[] = [];
  readonly agreements: ExtractedAgreement[] = [];
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly original: string,
    readonly folded: FoldedText,
  ) {}

  private eventCount = 0;

  /** Event ids stay unique within the article even when an event told twice is dropped. */
  nextEventId(): string {
    this.eventCount++;
    return `e${this.eventCount}`;
  }

  evidence(span: Span): Evidence {
    const o = toOriginal(this.folded, span.start, span.end);
    return { text: this.original.slice(o.start, o.end), start: o.start, end: o.end };
  }

  surface(tokens: readonly Token[], start: number, end: number): string {
    const a = tokens[start];
    const b = tokens[end - 1];
    if (!a || !b) return "";
    const o = toOriginal(this.folded, a.start, b.end);
    return this.original.slice(o.start, o.end);
  }

  country(code: string | null | undefined, involved: boolean): void {
    if (!code) return;
    const info = countryInfo(code);
    if (!info) return;
    const existing = this.countries.get(code);
    if (existing) existing.involved ||= involved;
    else this.countries.set(code, { code, nameAr: info.nameAr, nameEn: info.nameEn, involved });
  }
}
