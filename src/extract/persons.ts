import {
  ACTOR_NAMES,
  ACTOR_SHORT_NAMES,
  ACTORS,
  type Actor,
  actorById,
  type OfficeKind,
} from "./lexicon/actors.js";
import { COUNTRY_PHRASES, countryInfo, nisbaCountry } from "./lexicon/countries.js";
import type { PhraseIndex } from "./lexicon/phrases.js";
import {
  DUALS,
  type DualClass,
  HONORIFICS,
  isEventWord,
  isInstitutionWord,
  isNamedAfterWord,
  isNonNameWord,
  NAME_PARTICLES,
  PLURAL_BEFORE_DUAL,
  QUALIFIERS,
  regionEnd,
  TITLES,
  type TitleDef,
} from "./lexicon/words.js";
import { fold } from "./text/normalize.js";
import { cliticVariants, type Token } from "./text/tokens.js";

/** A person found by pattern (title + name) rather than from the dictionary. */
export interface Discovered {
  readonly key: string;
  /** Folded name tokens. */
  readonly tokens: readonly string[];
}

export interface TitleHit {
  readonly def: TitleDef;
  readonly start: number;
  readonly end: number;
  readonly country: string | undefined;
  /** For ambassadors: the country they are posted to. */
  readonly hostCountry: string | undefined;
}

export type MentionRef =
  | { readonly kind: "actor"; readonly actor: Actor; readonly short: boolean }
  | { readonly kind: "discovered"; readonly person: Discovered }
  | { readonly kind: "counterpart"; readonly country: string | undefined }
  | {
      readonly kind: "office";
      readonly office: OfficeKind;
      readonly country: string;
      /** The title's role, for offices told apart by portfolio (وزير الدفاع). */
      readonly role: string;
    }
  | { readonly kind: "dual"; readonly of: DualClass }
  /** هذا الأخير: the person named last before it. */
  | { readonly kind: "latter" };

export interface Mention {
  readonly ref: MentionRef;
  /** Token range of the name (or of the title for title-only references). */
  readonly start: number;
  readonly end: number;
  readonly titles: TitleHit[];
}

const NAME_PUNCT = new Set([",", ":", "\u201c", "\u201d", '"', "\u00ab", "\u00bb", "/"]);

/** Reads the country that follows a title: a relational adjective or, for construct titles, a name. */
const HOST_WORDS = new Set([
  "المملكه",
  "البلاد",
  "بلادنا",
  "الدوله",
  "الجمهوريه",
  "الامارات",
  "السلطنه",
]);

export function titleAt(tokens: readonly Token[], i: number): TitleHit | undefined {
  const m = TITLES.matchAt(tokens, i);
  if (!m) return undefined;
  let j = m.end;
  let country: string | undefined;
  let hostCountry: string | undefined;
  const name = COUNTRY_PHRASES.matchAt(tokens, j);
  if (name && (m.value.construct || name.value.kind === "name") && m.value.construct) {
    country = name.value.code;
    j = name.end;
  } else {
    const tok = tokens[j];
    const n = tok ? nisbaCountry(tok.text, { personContext: true }) : undefined;
    if (n) {
      country = n;
      j++;
    } else if (m.value.construct && HOST_WORDS.has(tok?.text ?? "")) {
      // سفير المملكة لدى السودان: the story's own kingdom, unnamed.
      j++;
    } else {
      // رئيس إقليم كردستان، والي ولاية الخرطوم: a region is the title's, not the name's.
      j = regionEnd(tokens, j) ?? j;
    }
  }
  if (m.value.portfolio) {
    // The portfolio: definite words, joined by و, and a nisba that gives the country
    // (وزير التجارة وتنمية الصادرات التونسي). A known name ends it.
    const start = j;
    while (j < tokens.length && j - start < 7) {
      const tok = tokens[j];
      if (tok?.kind !== "word" || ACTOR_NAMES.matchAt(tokens, j) || HONORIFICS.matchAt(tokens, j))
        break;
      const n = nisbaCountry(tok.text, { personContext: true });
      if (n) {
        country ??= n;
        j++;
        continue;
      }
      // An institution in construct, with its country (محافظ مصرف ليبيا المركزي، بنك المغرب):
      // the definite words after it are read as the portfolio's.
      if (j === start && isInstitutionWord(tok)) {
        const of = COUNTRY_PHRASES.matchAt(tokens, j + 1);
        if (of && of.value.kind === "name") {
          country ??= of.value.code;
          j = of.end;
          continue;
        }
      }
      // A definite word (الصحة، والسكان).
      const definite = (t: Token | undefined) =>
        t !== undefined &&
        /^(و|ف)?(ب|ل|ك)?ال|^لل|^(و)?لشؤون|^(و)?بشؤون|^(و)?(ب|ل)?وزاره$/.test(t.text);
      // A further portfolio joined by و may be a construct (وتنمية الصادرات).
      // A definite word right before ولد/بن starts the name (وزير التنمية الريفية الدي ولد الزين).
      if (NAME_PARTICLES.has(tokens[j + 1]?.text ?? "")) break;
      const construct = tok.text.startsWith("و") && definite(tokens[j + 1]);
      if (!definite(tok) && !construct) break;
      j++;
    }
  }
  if (m.value.kind === "ambassador" || m.value.construct || m.value.portfolio) {
    // سفير المغرب لدى روسيا / في روسيا; a qualifier may come first (السفير الأميركي الجديد لدى …).
    if (QUALIFIERS.has(tokens[j]?.text ?? "") || tokens[j]?.text === "الجديد") j++;
    const prep = tokens[j]?.text;
    // سفير الجزائر بتونس: the host country glued to ب.
    const glued = COUNTRY_PHRASES.matchAt(tokens, j);
    if (glued && /^ب/.test(prep ?? "") && (prep ?? "").length > glued.head.length) {
      hostCountry = glued.value.code;
      j = glued.end;
    } else if (prep === "لدي" || prep === "في" || prep === "لدى") {
      const host = COUNTRY_PHRASES.matchAt(tokens, j + 1);
      if (host) {
        hostCountry = host.value.code;
        j = host.end;
      } else if (HOST_WORDS.has(tokens[j + 1]?.text ?? "")) {
        // لدى المملكة، لدى بلادنا: the host is the story's country, unnamed here.
        j += 2;
      }
    }
  }
  return { def: m.value, start: i, end: j, country, hostCountry };
}

/** Skips commas and honorifics (جلالة، الدكتور) between a title and a name. */
export function skipFiller(tokens: readonly Token[], j: number): number {
  for (;;) {
    const t = tokens[j];
    if (!t) return j;
    if (NAME_PUNCT.has(t.text)) {
      j++;
      continue;
    }
    const h = HONORIFICS.matchAt(tokens, j, false);
    if (h) {
      j = h.end;
      continue;
    }
    return j;
  }
}

const surnameCache = new Map<string, string[]>();

/**
 * The family-name word of each of an actor's full names, folded: how a bare surname is recognised.
 * It is the last word, or the first where the actor's country names family first.
 */
function surnamesOf(actor: Actor): string[] {
  let out = surnameCache.get(actor.id);
  if (!out) {
    const familyFirst = actor.positions.some((p) => countryInfo(p.country)?.familyNameFirst);
    out = actor.namesAr
      .map((n) => fold(n).split(" "))
      .filter((w) => w.length >= 2)
      .map((w) => (familyFirst ? w[0] : w.at(-1)) ?? "")
      .filter((w) => w.length >= 3);
    surnameCache.set(actor.id, out);
  }
  return out;
}

function namedBySurname(tok: Token | undefined, named: ReadonlySet<string>): Actor | undefined {
  if (!tok) return undefined;
  const forms = cliticVariants(tok.text);
  let found: Actor | undefined;
  for (const id of named) {
    const actor = actorById(id);
    if (!actor || !surnamesOf(actor).some((w) => forms.includes(w))) continue;
    if (found) return undefined; // two named persons share it: say nothing
    found = actor;
  }
  return found;
}

const ROYAL_TITLES = new Set(["السلطان", "الملك", "الامير", "الشيخ", "سمو", "جلاله", "العاهل"]);
const ROYAL_ROLE = /\b(King|Sultan|Emir|Amir|Crown Prince)\b/;
const NAME_LINKS = new Set(["بن", "ابن", "بنت", "ال"]);
let royalFirstNames: Map<string, Actor[]> | undefined;

/**
 * A royal told by title and first name alone (السلطان هيثم، الأمير تميم): the one monarch or
 * crown prince of the dictionary with that first name, or the one the story already named.
 */
export function royalByFirstName(
  tokens: readonly Token[],
  i: number,
  named: ReadonlySet<string> | undefined,
): Actor | undefined {
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (tok?.kind !== "word" || !prev || !cliticVariants(prev.text).some((v) => ROYAL_TITLES.has(v)))
    return undefined;
  // Not when the first name opens a longer name (الأمير محمد بن سلمان): the full name rules.
  if (NAME_LINKS.has(tokens[i + 1]?.text ?? "")) return undefined;
  if (!royalFirstNames) {
    royalFirstNames = new Map();
    for (const a of ACTORS) {
      if (!a.positions.some((p) => ROYAL_ROLE.test(p.role))) continue;
      for (const n of a.namesAr) {
        const first = fold(n).split(" ")[0] ?? "";
        const list = royalFirstNames.get(first) ?? [];
        if (!list.includes(a)) list.push(a);
        royalFirstNames.set(first, list);
      }
    }
  }
  const list = royalFirstNames.get(tok.text) ?? [];
  const inStory = list.filter((a) => named?.has(a.id));
  if (inStory.length === 1) return inStory[0];
  return list.length === 1 ? list[0] : undefined;
}

/** Person mentions in one sentence, with the titles that describe them. */
export function findMentions(
  tokens: readonly Token[],
  discovered: PhraseIndex<Discovered>,
  /** Actors already named in full in the story. */
  named?: ReadonlySet<string>,
): Mention[] {
  const names: Mention[] = [];
  const titles: TitleHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const full = ACTOR_NAMES.matchAt(tokens, i);
    if (full) {
      names.push({
        ref: { kind: "actor", actor: full.value, short: false },
        start: i,
        end: full.end,
        titles: [],
      });
      i = full.end;
      continue;
    }
    // A royal by title and first name alone (السلطان هيثم، الأمير تميم).
    const royal = royalByFirstName(tokens, i, named);
    if (royal) {
      names.push({
        ref: { kind: "actor", actor: royal, short: true },
        start: i,
        end: i + 1,
        titles: [],
      });
      i++;
      continue;
    }
    const found = discovered.matchAt(tokens, i);
    if (found) {
      names.push({
        ref: { kind: "discovered", person: found.value },
        start: i,
        end: found.end,
        titles: [],
      });
      i = found.end;
      continue;
    }
    // A surname alone, of someone the story has named in full (زرداري after بلاول بوتو زرداري).
    const again =
      named && tokens[i]?.kind === "word" ? namedBySurname(tokens[i], named) : undefined;
    if (again) {
      names.push({
        ref: { kind: "actor", actor: again, short: true },
        start: i,
        end: i + 1,
        titles: [],
      });
      i++;
      continue;
    }
    const short = ACTOR_SHORT_NAMES.matchAt(tokens, i);
    // A very short form (شي) stands for its actor only once the full name has been read.
    const tooShort = short !== undefined && short.head.length <= 3 && short.end - i === 1;
    if (short && (!tooShort || named?.has(short.value.id))) {
      names.push({
        ref: { kind: "actor", actor: short.value, short: true },
        start: i,
        end: short.end,
        titles: [],
      });
      i = short.end;
      continue;
    }
    const title = titleAt(tokens, i);
    if (title) {
      titles.push(title);
      i = Math.max(title.end, i + 1);
      continue;
    }
    const tok = tokens[i];
    if (
      (tok?.text === "الاخير" || tok?.text === "الاخيره") &&
      (tokens[i - 1]?.text === "هذا" || tokens[i - 1]?.text === "هذه")
    ) {
      names.push({ ref: { kind: "latter" }, start: i - 1, end: i + 1, titles: [] });
      i++;
      continue;
    }
    // The same spelling is often the plural (عدد من كبار المسؤولين): no reference to a pair then.
    const pluralBefore = cliticVariants(tokens[i - 1]?.text ?? "").some((v) =>
      PLURAL_BEFORE_DUAL.has(v),
    );
    const dual =
      tok && !pluralBefore ? cliticVariants(tok.text).find((v) => DUALS.has(v)) : undefined;
    if (dual)
      names.push({
        ref: { kind: "dual", of: DUALS.get(dual) ?? "any" },
        start: i,
        end: i + 1,
        titles: [],
      });
    i++;
  }

  // Attach each title to the name it introduces (within a few words after it, nothing but
  // qualifiers between) or to the name it follows in apposition (لافروف، وزير خارجية روسيا).
  const out = [...names];
  for (const t of titles) {
    const after = names.find(
      (n) => n.start >= t.end && n.start - t.end <= 8 && n.ref.kind !== "dual",
    );
    const between = after ? tokens.slice(t.end, after.start) : [];
    const clean =
      after !== undefined &&
      !between.some((b) => b.text === "." || b.text === ";" || isEventWord(b.text)) &&
      !titles.some(
        (o) =>
          o !== t && o.start > t.start && o.start < after.start && o.def.kind === "counterpart",
      );
    const closeEnough =
      clean &&
      after !== undefined &&
      (after.start - skipFiller(tokens, t.end) <= 1 ||
        QUALIFIERS.has(between[0]?.text ?? "") ||
        between.every(
          (b) =>
            b.kind === "punct" ||
            isNonNameWord(b.text) ||
            QUALIFIERS.has(b.text) ||
            b.text.startsWith("ال") ||
            b.text.startsWith("وال"),
        ));
    if (after && closeEnough) {
      after.titles.push(t);
      continue;
    }
    const before = [...names]
      .reverse()
      // Apposition right after a name (لافروف، وزير خارجية روسيا): nothing but a comma between.
      .find(
        (n) =>
          n.end <= t.start &&
          (t.start === n.end || (t.start - n.end === 1 && tokens[n.end]?.kind === "punct")) &&
          n.ref.kind !== "dual",
      );
    if (before && t.def.kind !== "counterpart") {
      before.titles.push(t);
      continue;
    }
    if (t.def.kind === "counterpart") {
      out.push({
        ref: { kind: "counterpart", country: t.country },
        start: t.start,
        end: t.end,
        titles: [t],
      });
      continue;
    }
    // A title alone (الرئيس الروسي، الوزير السنغالي) stands for someone of that country: the
    // story's person or whoever held the office; "of the president" (لرئيس) is a genitive.
    const head = tokens[t.start]?.text ?? "";
    const genitive = head.startsWith("ل") && !head.startsWith("ال");
    if ((t.country || t.def.domestic) && !genitive && t.def.kind !== "other") {
      out.push({
        // An empty country: the story's own, known only to the story (see StoryContext).
        ref: {
          kind: "office",
          office: t.def.kind as OfficeKind,
          country: t.country ?? "",
          role: t.def.role,
        },
        start: t.start,
        end: t.end,
        titles: [t],
      });
    }
  }
  // بمطار الأمير محمد بن عبد العزيز: an airport (a university, a prize) named after a person.
  const placeName = (m: Mention) =>
    isNamedAfterWord(tokens[Math.min(m.start, ...m.titles.map((t) => t.start)) - 1]?.text);
  return out.filter((m) => !placeName(m)).sort((a, b) => a.start - b.start);
}
