import { AgreementBook, agreementKey } from "./agreement-records.js";
import type { AgreementMention } from "./agreements.js";
import type { ArticleState, ResolvedParticipant, Sentence } from "./article-state.js";
import { isoDay, type ResolvedDate } from "./dates.js";
import {
  callShape,
  cameoOf,
  deniedBefore,
  findTriggers,
  isFromWord,
  isPlanned,
  regions,
  type Trigger,
} from "./events.js";
import {
  attendanceAt,
  isNotSummit,
  isSpecificSummit,
  isSummitMeeting,
  messageRoles,
  receptionRoles,
  saysSeparately,
  splitPairs,
  summitAttendees,
} from "./frames.js";
import {
  type Actor,
  actorById,
  fuzzyActor,
  type OfficeKind,
  officeHolder,
  positionOn,
} from "./lexicon/actors.js";
import { COUNTRY_PHRASES, countryInfo, nisbaCountry } from "./lexicon/countries.js";
import { type DualClass, isPluralVisitVerb, isTalkVerb } from "./lexicon/words.js";
import type { Mention } from "./persons.js";
import { destinationIn, mentionsHost, placeIn } from "./places.js";
import {
  chairsAfter,
  countriesOfCounterparts,
  DEPARTURE,
  delegationHead,
  doneByAfter,
  HEADING,
  initiativeOf,
  nearest,
  nearestBy,
  nearestDate,
  personsFrom,
  signsNamedDocument,
} from "./story-cues.js";
import { readableLatin } from "./text/latin-names.js";
import { romanize, slug } from "./text/romanize.js";
import type { ExtractedEvent, ExtractedPerson } from "./types.js";

/** Everything one story knows while it is read sentence by sentence. */
export class StoryContext {
  private lastPersons: string[] = [];
  private lastSubject: string | undefined;
  private readonly idOf = new Map<Mention, string | undefined>();
  /** Office of persons found by pattern, from their title: what نظيره refers to. */
  private readonly officeOf = new Map<string, OfficeKind>();
  private readonly storyEvents: ExtractedEvent[] = [];
  /** The grammatical subject of each event of the sentence being read: the base of a split. */
  private readonly subjectOf = new WeakMap<ExtractedEvent, string>();
  /** The persons of each denied report: a later telling of it is no event. */
  private readonly denied: Set<string>[] = [];
  /** Meetings told only as "discussed with": a call of the same two may be what they were. */
  private readonly talks = new WeakSet<ExtractedEvent>();
  /** The last sentence ended in "حضر المقابلة:": the next one lists the meeting's attendees. */
  private attendeesNext = false;
  /** Events told only by implication (a carrier met the addressee): merged into a told one. */
  private readonly implied = new WeakSet<ExtractedEvent>();
  /** How many calls an unnamed list of counterparts stands for, and the copies kept apart. */
  private readonly copies = new WeakMap<ExtractedEvent, string[]>();
  /** Calls with an unnamed counterpart, and that counterpart's country. */
  private readonly placeholders = new WeakMap<ExtractedEvent, string>();
  /** Who handed a message to whom, in the sentence being read. */
  private readonly carriers = new Map<string, string>();
  /** Persons the story said received calls (تلقى اتصالات من نظرائه). */
  private readonly receivers = new Set<string>();
  private homeCountry: string | undefined;
  private readonly countryCounts = new Map<string, number>();
  private readonly agreements: AgreementBook;

  constructor(
    private readonly state: ArticleState,
    private readonly story: number,
    private readonly refDate: Date,
    /** False when the story has no date of its own: then no office holder is guessed. */
    private readonly dated = true,
    /** False when refDate is the first event's date, not the story's: later days are no plan. */
    private readonly storyDated = true,
  ) {
    this.agreements = new AgreementBook(state, story, this.idOf, this.countryCounts);
  }

  sentence(s: Sentence): void {
    const dateOf = (i: number) => nearestDate(s, i);
    const refDay = isoDay(this.refDate);
    // Persons first: every mention becomes a person id (or nothing, for unresolved references).
    const ids = new Map<Mention, string | undefined>();
    for (const m of s.mentions) {
      // The date the mention is read on: its sentence's, else the story's; none for an undated story.
      const d = dateOf(m.start)?.value ?? (this.dated ? refDay : null);
      ids.set(m, this.personOf(m, s, ids, d));
      this.idOf.set(m, ids.get(m));
    }
    this.countCountries(s);

    const startsPerson = (i: number) =>
      s.mentions.some((m) => m.start === i || m.titles.some((t) => t.start === i));
    const { triggers } = findTriggers(s.tokens, startsPerson);
    this.noteStoryDates(s, triggers);
    // A denial (نفى … الأنباء عن لقاء) names the persons of the report it denies: the same
    // report told again later in the story is no event either.
    if (deniedBefore(s.tokens, s.tokens.length)) {
      const named = [...ids.values()].filter((id): id is string => !!id);
      if (named.length >= 2) this.denied.push(new Set(named));
    }
    const owned = regions(s.tokens, triggers);
    const sentenceEvents: { ev: ExtractedEvent; trigger: Trigger }[] = [];
    triggers.forEach((t, k) => {
      const region = owned[k] ?? { start: 0, end: s.tokens.length };
      const ev = this.eventOf(s, t, region, ids, sentenceEvents.at(-1)?.ev);
      if (ev) sentenceEvents.push({ ev, trigger: t });
    });
    const events: ExtractedEvent[] = [];
    for (const { ev, trigger } of sentenceEvents) {
      const attended = attendanceAt(s.tokens, trigger.end);
      if (ev.type === "MEETING" && attended !== undefined)
        for (const id of personsFrom(s, ids, attended))
          if (!ev.participants.includes(id)) ev.participants.push(id);
      const separate =
        ev.type === "CALL" ||
        ev.type === "MESSAGE" ||
        (ev.type === "MEETING" && saysSeparately(s.tokens, trigger.start, s.tokens.length));
      events.push(...(separate ? splitPairs(ev, this.subjectOf.get(ev)) : [ev]));
      // One call for each further country of an unnamed list of counterparts.
      const countries = this.copies.get(ev);
      if (countries) {
        this.placeholders.set(ev, countries[0] ?? "");
        for (const c of countries.slice(1)) {
          const copy = { ...ev, participants: [...ev.participants] };
          this.placeholders.set(copy, c);
          events.push(copy);
        }
      }
      // Handing a message over in person (سلم X الرئيس Y رسالة) is a meeting of the two.
      const addressee = ev.type === "MESSAGE" ? this.subjectOf.get(ev) : undefined;
      const carrier = addressee ? this.carriers.get(addressee) : undefined;
      if (addressee && carrier) {
        const meeting: ExtractedEvent = {
          ...ev,
          type: "MEETING",
          cameo: cameoOf("MEETING"),
          initiator: null,
          participants: [carrier, addressee],
        };
        this.implied.add(meeting);
        events.push(meeting);
      }
    }
    this.carriers.clear();
    // A signing with no named signatory dates its agreement but is no event of its own.
    for (const ev of events)
      if (ev.type !== "SIGNING" || ev.participants.length > 0) this.addEvent(ev);
    // "The talks took place in the presence of …": attendees of the story's latest meeting.
    // "حضر المقابلة:" alone on its line names them in the next one.
    const listed = this.attendeesNext ? 0 : undefined;
    this.attendeesNext = false;
    const attended = attendanceAt(s.tokens, 0) ?? listed;
    const lastMeeting = this.storyEvents.findLast((e) => e.type === "MEETING");
    if (attended !== undefined && lastMeeting && !events.some((e) => e.type === "MEETING")) {
      const named = personsFrom(s, ids, attended);
      for (const id of named)
        if (!lastMeeting.participants.includes(id)) lastMeeting.participants.push(id);
      if (named.length === 0 && s.tokens.at(-1)?.text === ":") this.attendeesNext = true;
    }

    // Agreements named here, linked to a signing event of the same sentence when there is one.
    for (const a of s.agreements)
      this.agreements.add(
        s,
        a,
        sentenceEvents.map((e) => e.ev),
      );
  }

  /** A dateline line, and the date of the first sentence that reports events (see eventOf). */
  private headDate: ResolvedDate | undefined;
  private leadDate: { date: ResolvedDate; types: Set<string> } | undefined;
  private sentencesSeen = 0;
  private leadSeen = false;

  /**
   * A short line near the top that is little more than a full date (16.09.2019 - محدث …) is the
   * story's dateline: it dates the first event told.
   */
  findDateline(sents: readonly Sentence[]): void {
    for (const s of sents.slice(0, 6)) {
      if (s.tokens.length > 14) continue;
      const d = s.dates.find((x) => x.date?.precision === "day" && x.expr.year !== undefined);
      if (d?.date) {
        this.headDate = d.date;
        return;
      }
    }
  }

  private noteStoryDates(s: Sentence, triggers: readonly Trigger[]): void {
    this.sentencesSeen++;
    const day = s.dates.find((d) => d.date?.precision === "day")?.date;
    if (triggers.length === 0) {
      if (day && this.sentencesSeen <= 2 && s.tokens.length <= 20 && !this.leadDate)
        this.headDate = day;
      return;
    }
    if (this.leadSeen || s.title) return;
    this.leadSeen = true;
    const d = s.dates.find((x) => x.date)?.date;
    if (d) this.leadDate = { date: d, types: new Set(triggers.map((t) => t.def.type)) };
  }

  private personOf(
    m: Mention,
    s: Sentence,
    ids: Map<Mention, string | undefined>,
    date: string | null,
  ): string | undefined {
    const titleCountry = m.titles.find((t) => t.country)?.country;
    const host = m.titles.find((t) => t.hostCountry)?.hostCountry;
    const roles = m.titles
      .filter((t) => t.def.kind !== "counterpart" && t.def.role)
      .map((t) =>
        t.hostCountry
          ? `${t.def.role} to ${countryInfo(t.hostCountry)?.nameEn ?? t.hostCountry}`
          : t.def.role,
      );
    const surface = this.state.surface(s.tokens, m.start, m.end);
    switch (m.ref.kind) {
      case "actor":
        return this.titled(this.addActor(m.ref.actor, surface, date, roles), m);
      case "discovered": {
        // A spelling variant of a dictionary name is that actor (غوتيراش → Guterres).
        const known = fuzzyActor(m.ref.person.tokens);
        if (known) return this.addActor(known, surface, date, roles);
        const id = `x-${slug(romanize(m.ref.person.key))}`;
        const existing = this.state.persons.get(id);
        if (existing) {
          if (!existing.aliases.includes(surface)) existing.aliases.push(surface);
          if (!existing.country && titleCountry) existing.country = titleCountry;
          if (roles.length > 0 && !existing.role) existing.role = roles.join("; ");
        } else {
          // With no country in the title, the side of the person named just before in the
          // sentence (a list of one delegation), else the story's main actor's.
          const neighbour = [...ids.values()]
            .reverse()
            .map((pid) => (pid ? this.state.persons.get(pid)?.country : undefined))
            .find((c) => c);
          const country = titleCountry ?? neighbour ?? this.homeCountry ?? null;
          if (!titleCountry) {
            this.state.diagnostics.push({
              level: "info",
              code: "country-guessed",
              message: `country of "${surface}" taken from the story's main actor`,
            });
          }
          this.state.persons.set(id, {
            id,
            nameAr: surface,
            nameEn: readableLatin(surface),
            nameEnSource: "romanized",
            aliases: [surface],
            role: roles.length > 0 ? roles.join("; ") : null,
            country,
            qid: null,
            source: "pattern",
          });
        }
        this.titled(id, m);
        this.state.country(this.state.persons.get(id)?.country, true);
        this.state.country(host, true);
        this.seen(id);
        return id;
      }
      case "counterpart": {
        // نظيره: the same office as the person it refers back to, in the named country.
        const subject =
          [...ids.entries()].reverse().find(([, id]) => id !== undefined)?.[1] ??
          this.lastPersons.at(-1);
        const subjectActor = subject ? this.state.persons.get(subject) : undefined;
        const kind = subjectActor
          ? (subjectKind(subjectActor, date) ?? this.officeOf.get(subjectActor.id))
          : undefined;
        const country = m.ref.country;
        const holder = kind && country && date ? officeHolder(kind, country, date) : undefined;
        if (!holder) {
          this.state.diagnostics.push({
            level: "info",
            code: "counterpart-unresolved",
            message: `could not tell who "${surface}" is`,
            ...this.state.evidence(s.span),
          });
          return undefined;
        }
        return this.addActor(holder, null, date, []);
      }
      case "office": {
        // Someone of that country already in the story comes first (الوزير السنغالي after Fall
        // was named); otherwise whoever held the office then, for the offices the dictionary tracks.
        const country = m.ref.country || this.homeCountry;
        if (!country) return undefined;
        const named = [...this.lastPersons]
          .reverse()
          .find((id) => this.state.persons.get(id)?.country === country);
        if (
          named &&
          (m.ref.office === "minister" ||
            officeKindOf(named, date) === m.ref.office ||
            this.officeOf.get(named) === m.ref.office)
        ) {
          this.seen(named);
          return named;
        }
        const tracked =
          m.ref.office === "head_of_state" ||
          m.ref.office === "head_of_government" ||
          m.ref.office === "foreign_minister";
        // A minister told by portfolio (وزير الدفاع المصري) is found by that role exactly.
        const byRole = !tracked && m.ref.office === "minister" && !GENERIC_ROLES.has(m.ref.role);
        const holder = !date
          ? undefined
          : tracked
            ? officeHolder(m.ref.office, country, date)
            : byRole
              ? officeHolder("minister", country, date, m.ref.role)
              : undefined;
        return holder ? this.addActor(holder, null, date, []) : undefined;
      }
      case "dual":
        return undefined;
      case "latter":
        // The person named last before it, in this sentence or the ones before.
        return [...ids.values()].filter((id) => id !== undefined).at(-1) ?? this.lastPersons.at(-1);
    }
  }

  /** The office the article gives a person (ولي ولي العهد … محمد بن سلمان), for titles alone later. */
  private titled(id: string, m: Mention): string {
    const office = m.titles.find((t) => t.def.kind !== "counterpart")?.def.kind;
    if (office && office !== "counterpart" && !this.officeOf.has(id)) this.officeOf.set(id, office);
    return id;
  }

  private addActor(
    actor: Actor,
    surface: string | null,
    date: string | null,
    roles: string[],
  ): string {
    const pos = positionOn(actor, date, roles);
    const existing = this.state.persons.get(actor.id);
    if (existing) {
      if (surface && !existing.aliases.includes(surface)) existing.aliases.push(surface);
    } else {
      this.state.persons.set(actor.id, {
        id: actor.id,
        nameAr: actor.namesAr[0] ?? surface ?? "",
        nameEn: actor.nameEn,
        nameEnSource: "dictionary",
        aliases: surface ? [surface] : [],
        role: pos?.role ?? (roles.length > 0 ? roles.join("; ") : null),
        country: pos?.country ?? null,
        qid: actor.qid,
        source: "dictionary",
      });
    }
    this.state.country(pos?.country, true);
    this.seen(actor.id);
    return actor.id;
  }

  private seen(id: string): void {
    this.lastPersons = [...this.lastPersons.filter((p) => p !== id), id];
    this.homeCountry ??= this.state.persons.get(id)?.country ?? undefined;
  }

  private countCountries(s: Sentence): void {
    for (const m of COUNTRY_PHRASES.findAll(s.tokens)) {
      this.state.country(m.value.code, false);
      this.countryCounts.set(m.value.code, (this.countryCounts.get(m.value.code) ?? 0) + 1);
    }
    for (const t of s.tokens) {
      const c = t.kind === "word" ? nisbaCountry(t.text) : undefined;
      if (c) {
        this.state.country(c, false);
        this.countryCounts.set(c, (this.countryCounts.get(c) ?? 0) + 1);
      }
    }
  }

  private participantsIn(
    s: Sentence,
    region: { start: number; end: number },
    ids: Map<Mention, string | undefined>,
  ): ResolvedParticipant[] {
    const out: ResolvedParticipant[] = [];
    for (const m of s.mentions) {
      if (m.start < region.start || m.start >= region.end) continue;
      if (m.ref.kind === "dual") {
        for (const id of this.dualReferents(m.ref.of))
          if (!out.some((p) => p.id === id)) out.push({ id, at: m.start });
        continue;
      }
      const id = ids.get(m);
      if (id && !out.some((p) => p.id === id)) out.push({ id, at: m.start });
    }
    return out;
  }

  /** "The two ministers": the pair of the latest two-person event, or the last two persons named. */
  private dualReferents(of: DualClass): string[] {
    const fits = (id: string) => {
      if (of === "any") return true;
      const kind = officeKindOf(id, isoDay(this.refDate)) ?? "";
      return of === "minister" ? kind.includes("minister") : kind.startsWith("head_of");
    };
    const pairs = [...this.storyEvents].reverse().filter((e) => e.participants.length === 2);
    const last = pairs.find((e) => e.participants.every(fits)) ?? pairs[0];
    if (last) return last.participants;
    return this.lastPersons.slice(-2);
  }

  private eventOf(
    s: Sentence,
    t: Trigger,
    region: { start: number; end: number },
    ids: Map<Mention, string | undefined>,
    previous: ExtractedEvent | undefined,
  ): ExtractedEvent | undefined {
    const type = t.commission
      ? "MEETING"
      : t.def.type === "MEETING" && isSummitMeeting(s.tokens, t)
        ? "SUMMIT"
        : t.def.type;
    let people = this.participantsIn(s, region, ids);
    const before = people.filter((p) => p.at < t.start);
    const after = people.filter((p) => p.at >= t.end);
    // The subject comes first: before the event word (أجرى X اتصالا) or right after a verb (التقى X بـ Y).
    // A verb with nobody before it, after an event in the same sentence, has that event's
    // subject ("visited Tehran, where he met his counterpart").
    const carried =
      before.length === 0 &&
      t.def.pos === "verb" &&
      previous?.participants[0] &&
      !people.some((p) => p.id === previous.participants[0])
        ? { id: previous.participants[0], at: -1 }
        : undefined;
    if (carried) people = [carried, ...people];
    // "… Meloni, who is on a visit": the event word after a relative pronoun belongs to the
    // person the pronoun follows, not to the sentence's subject.
    const closest = before.at(-1);
    const relative =
      closest !== undefined &&
      s.tokens.slice(closest.at, t.start).some((tok) => tok.text === "الذي" || tok.text === "التي")
        ? closest
        : undefined;
    // A pronoun subject (تلقى معاليه اتصالا): the subject of the story's last event.
    // A subject left to a pronoun (… أنه التقى X) is the nearest person named before the clause,
    // in the same sentence, else the story's latest subject.
    const earlier = [...ids.entries()]
      .filter(([m, id]) => id && m.start < region.start && !people.some((p) => p.id === id))
      .at(-1)?.[1];
    // "… said that his visit to Baghdad": the owner is the nearest person before, in the sentence.
    const owner = t.pronounOwner
      ? ([...ids.entries()].filter(([m, id]) => id && m.start < t.start).at(-1)?.[1] ??
        this.lastSubject)
      : undefined;
    const pronoun =
      !carried && before.length === 0 && owner
        ? { id: owner, at: -1 }
        : !carried &&
            before.length === 0 &&
            (type === "CALL" || type === "MEETING") &&
            people.length === 1 &&
            (earlier ?? this.lastSubject)
          ? { id: earlier ?? this.lastSubject ?? "", at: -1 }
          : undefined;
    if (pronoun && !people.some((p) => p.id === pronoun.id)) people = [pronoun, ...people];
    // زيارة … التي قام بها X: the one named after the relative clause's verb made the visit.
    // A body with nobody named before the event word acts through its head (لجنة … برئاسة X).
    const doneBy =
      (type === "VISIT" ? doneByAfter(s, t, ids) : undefined) ??
      (before.length === 0 && !carried ? delegationHead(s, region, ids) : undefined);
    // With an object pronoun (واستقبله الرئيس) the subject follows the verb.
    const subject = doneBy
      ? doneBy
      : t.def.pronounObject
        ? (after[0] ?? before.at(-1))
        : (carried ?? relative ?? pronoun ?? before[0] ?? after[0]);
    people = subject ? [subject, ...people.filter((p) => p !== subject)] : people;
    let ids2 = people.map((p) => p.id);
    // استقبله الرئيس: "him" is the nearest person named before, else the story's latest subject.
    if (t.def.pronounObject) {
      const referent = earlier ?? this.lastSubject;
      if (referent && !ids2.includes(referent)) ids2.push(referent);
    }

    let agreement: AgreementMention | undefined;
    // A signing of "the memorandum" or "it" (وقعه) is of the document the story last named.
    let earlierAgreement: string | undefined;
    if (type === "SIGNING") {
      agreement = nearest(s.agreements, t.start);
      if (!agreement) {
        earlierAgreement = signsNamedDocument(s, t) ? this.state.agreements.at(-1)?.id : undefined;
        if (!earlierAgreement) return undefined;
      }
    }
    // "… then the 2016 visit": an event word with nobody of its own continues the one before.
    const coordinated = previous && previous.type === type && ids2.length === 0;
    if (coordinated) ids2 = [...previous.participants];
    // One visitor, unless a dual or plural verb follows several persons (X و Y وصلوا).
    if (type === "VISIT")
      ids2 =
        isPluralVisitVerb(s.tokens[t.start]) && before.length > 1
          ? [...new Set(before.map((p) => p.id))]
          : ids2.slice(0, 1);
    // A joint commission's session is a meeting of its chairs (برئاسة X ونظيره Y).
    if (t.commission) {
      const chaired = chairsAfter(s, ids);
      if (chaired.length >= 2) ids2 = chaired;
    }
    let host: string | undefined;
    let messageSender: string | undefined;
    let messageAddressee: string | undefined;
    if (type === "MEETING") {
      const nearest = [...ids.entries()].filter(([m, id]) => id && m.start < t.start).at(-1)?.[1];
      const reception = receptionRoles(s.tokens, t, region, people, nearest ?? this.lastSubject);
      if (reception) {
        ids2 = reception.participants;
        host = reception.host;
      }
    }
    if (type === "MESSAGE") {
      const found = messageRoles(s.tokens, t, region, people, this.lastPersons);
      if (!found) return undefined;
      let roles = found;
      if (found.handedOnly) {
        // The letter the story already told for that addressee: its writer wrote this one too.
        const told = this.storyEvents.findLast(
          (e) =>
            e.type === "MESSAGE" &&
            e.initiator !== null &&
            e.participants.includes(found.addressee) &&
            e.initiator !== found.senders[0],
        );
        if (told?.initiator)
          roles = { ...found, senders: [told.initiator], carrier: found.senders[0] };
      }
      // Several senders (رسالتي تهنئة من X ومن Y) give one message each (split later).
      ids2 =
        roles.senders.length === 1
          ? [roles.senders[0] ?? "", roles.addressee]
          : [roles.addressee, ...roles.senders];
      messageSender = roles.senders[0];
      messageAddressee = roles.addressee;
      if (roles.carrier) this.carriers.set(roles.addressee, roles.carrier);
    } else if (type === "SUMMIT") {
      if (isNotSummit(s.tokens, t)) return undefined;
      // With no subject of its own (… حيث شارك في القمة), the attendee is the sentence's subject.
      const sentenceSubject = [...ids.entries()].find(
        ([m, id]) => id !== undefined && m.start < region.start,
      )?.[1];
      // On the sidelines of a summit (على هامش القمة، التقى X Y): those the sentence names attend.
      if (t.sidelines) ids2 = [...new Set([...ids.values()].filter((id): id is string => !!id))];
      else
        ids2 = summitAttendees(
          s.tokens,
          t,
          region,
          people,
          previous?.participants[0] ?? sentenceSubject ?? this.lastSubject,
          previous?.participants.length === 2
            ? previous.participants
            : this.storyEvents.findLast((e) => e.participants.length === 2)?.participants,
        );
    }
    ids2 = [...new Set(ids2)];
    // "X received calls from his counterparts": X's calls told after it were received too.
    const receiver = subject?.id ?? earlier;
    if (type === "CALL" && receiver && callShape(s.tokens, t, region.start) === "received")
      this.receivers.add(receiver);
    // "اتصالات هاتفية مع نظرائه في كل من A وB": one call per country, the counterpart unnamed.
    const perCountry =
      type === "CALL" && ids2.length === 1 ? countriesOfCounterparts(s, region) : [];
    const minimum =
      type === "CALL" || type === "MEETING" || type === "MESSAGE" ? 2 : type === "VISIT" ? 1 : 0;
    if (ids2.length < minimum && perCountry.length === 0) return undefined;

    let initiator: string | null = null;
    if (type === "CALL") {
      const shape = callShape(s.tokens, t, region.start);
      if (shape === "made") initiator = subject?.id ?? null;
      else if (shape === "received") {
        const fromAt = s.tokens.findIndex(
          (tok, i) => i >= t.end && i < region.end && isFromWord(tok),
        );
        initiator = fromAt >= 0 ? (people.find((p) => p.at > fromAt)?.id ?? null) : null;
        if (initiator) ids2 = [initiator, ...ids2.filter((id) => id !== initiator)];
      }
    } else if (type === "VISIT") initiator = ids2[0] ?? null;
    else if (type === "MESSAGE") initiator = messageSender ?? ids2[0] ?? null;
    // "… بمبادرة من هذا الأخير / من X": whoever took the initiative made the call.
    if (type === "CALL" && ids2.length === 2) {
      const by = initiativeOf(s, ids, t.end);
      if (by && ids2.includes(by)) initiator = by;
    }
    if (type === "CALL" && initiator === null && ids2.length === 2) {
      const receiver = ids2.find((id) => this.receivers.has(id));
      if (receiver) initiator = ids2.find((id) => id !== receiver) ?? null;
    } else if (type === "MEETING" && host) initiator = host;
    else if (type === "MEETING" && t.def.host) initiator = subject?.id ?? null;

    const announced = isPlanned(s.tokens, t);
    const inRegion = s.dates.filter(
      (d) => d.date && d.expr.start >= region.start && d.expr.start < region.end,
    );
    // The clause's own date, else, for the first event word of the sentence, the sentence's
    // (… صباح اليوم 20 دجنبر 2023، بمراكش، حيث شارك في الدورة …).
    const own =
      nearestBy(inRegion, t.start, (d) => d.expr.start) ??
      (previous === undefined && !announced
        ? nearestBy(
            s.dates.filter((d) => d.date),
            t.start,
            (d) => d.expr.start,
          )
        : undefined);
    let date: ResolvedDate | undefined = own?.date;
    let dateText: string | null = own
      ? this.state.surface(s.tokens, own.expr.start, own.expr.end)
      : null;
    let confidence = t.definite ? 0.75 : t.def.pos === "verb" ? 0.9 : 0.85;
    let inherited: ExtractedEvent | undefined;
    // An undated event of the same sentence as a dated one with someone in common shares its date.
    if (
      !date &&
      previous &&
      (coordinated ||
        carried ||
        s.dates.length === 0 ||
        previous.participants.some((p) => ids2.includes(p)))
    ) {
      inherited = previous;
    }
    if (!date && !inherited) {
      // Later sentences about the same people carry on the story's dated event (the signing
      // during the talks); an event with nobody in common stays undated.
      inherited = [...this.storyEvents].reverse().find(
        (e) =>
          e.date &&
          e.participants.some((p) => ids2.includes(p)) &&
          // A summit's date is the summit's own, never that of an attendee's other doings.
          (type !== "SUMMIT" || e.type === "SUMMIT"),
      );
    }
    // A headline's event is dated by the body's telling of it (see addEvent), not by inheritance.
    if (s.title) inherited = undefined;
    if (!date && !inherited && !s.title && !announced) {
      // A dateline before the first event dates it; a dated lead sentence that reports events
      // of a type dates the undated details of that type that follow it.
      const lead = this.storyEvents.length === 0 ? this.headDate : undefined;
      const summary = this.leadDate?.types.has(type) ? this.leadDate.date : undefined;
      const d = lead ?? summary;
      if (d) {
        date = d;
        dateText = null;
      }
    }
    if (!date && inherited?.date) {
      // An announced event told beside a dated one is known only to its month (during the visit).
      const monthOnly = announced && inherited.date.length > 7;
      date = {
        value: monthOnly ? inherited.date.slice(0, 7) : inherited.date,
        precision: monthOnly ? "month" : (inherited.datePrecision ?? "day"),
        inferredYear: true,
      };
      dateText = null;
      confidence -= 0.1;
    }
    if (subject) this.lastSubject = subject.id;
    // A summit named in passing (such as the General Assembly) is none: with nobody attending,
    // only a dated or announced one is reported.
    if (
      type === "SUMMIT" &&
      ids2.length === 0 &&
      !date &&
      !announced &&
      !isSpecificSummit(s.tokens, t)
    )
      return undefined;
    let place = placeIn(this.state, s, region, type);
    if (type === "VISIT") {
      // A visit is travel to a country: a place abroad must be named (يزور موريتانيا، وصل إلى
      // الكويت) or the story's own country meant (يزور البلاد). A courtesy call "في زيارة
      // بروتوكولية" with no place is none, and coming home is no visit.
      // قدم may mean "presented": it is a visit only when إلى follows it (قدم X إلى الدوحة).
      const head = s.tokens[t.start]?.text.replace(/^[وف]/, "") ?? "";
      const departing = DEPARTURE.has(head);
      if (
        (head === "قدم" || head === "قدمت") &&
        !s.tokens.slice(t.end, t.end + 16).some((x) => x.text === "الي")
      )
        return undefined;
      const home = ids2[0] ? this.state.persons.get(ids2[0])?.country : undefined;
      // غادر X متوجها إلى Y: the visit is to Y; without a heading, to the place left.
      const heading = departing
        ? s.tokens.findIndex((tok, i) => i >= t.end && i < region.end && HEADING.has(tok.text))
        : -1;
      const target =
        heading >= 0
          ? destinationIn(this.state, s, region, heading + 1)
          : (place ?? destinationIn(this.state, s, region, t.end));
      const ownCountry = !t.def.needsPlace && mentionsHost(s, region);
      // Leaving home (غادر العاصمة موروني) is a trip abroad whose destination is not named here.
      const leavingHome =
        departing && heading < 0 && target !== undefined && target.country === home;
      if (leavingHome) place = undefined;
      else if ((!target && !ownCountry) || (target && target.country === home)) return undefined;
      else if (target && (heading >= 0 || !place)) place = target;
    }
    const planned =
      announced ||
      (this.storyDated &&
        date !== undefined &&
        date.value > isoDay(this.refDate) &&
        date.precision === "day");

    const ev: ExtractedEvent = {
      id: "",
      type,
      cameo: type === t.def.type ? t.cameo : cameoOf(type),
      date: date?.value ?? null,
      datePrecision: date?.precision ?? null,
      dateText,
      planned,
      place: place?.name ?? (coordinated ? previous.place : null),
      placeCountry: place?.country ?? (coordinated ? previous.placeCountry : null),
      initiator,
      participants: ids2,
      agreement: agreement ? agreementKey(s, agreement) : (earlierAgreement ?? null),
      evidence: this.state.evidence(s.span),
      confidence: Math.round(confidence * 100) / 100,
      story: this.story,
    };
    if (perCountry.length > 0 && ids2.length === 1) this.copies.set(ev, perCountry);
    if (type === "MEETING" && isTalkVerb(s.tokens[t.start])) this.talks.add(ev);
    if (messageAddressee) this.subjectOf.set(ev, messageAddressee);
    else if (subject) this.subjectOf.set(ev, subject.id);
    return ev;
  }

  /** What a second telling adds to the event already told: a more precise date, host, place. */
  private absorb(told: ExtractedEvent, ev: ExtractedEvent): void {
    if (ev.date && (!told.date || ev.date.length > told.date.length)) {
      told.date = ev.date;
      told.datePrecision = ev.datePrecision;
      told.dateText = ev.dateText;
    }
    told.initiator ??= ev.initiator;
    told.place ??= ev.place;
    told.placeCountry ??= ev.placeCountry;
    this.state.country(ev.placeCountry, true);
  }

  private addEvent(ev: ExtractedEvent): void {
    if (
      ev.participants.length >= 2 &&
      this.denied.some((set) => ev.participants.every((p) => set.has(p)))
    )
      return;
    if (this.placeholders.has(ev)) {
      ev.id = this.state.nextEventId();
      this.storyEvents.push(ev);
      this.state.events.push(ev);
      return;
    }
    // A call told later with its counterpart named fills the call told with the country alone.
    if (ev.type === "CALL" && ev.participants.length === 2) {
      const filled = this.storyEvents.find((e) => {
        const country = this.placeholders.get(e);
        if (country === undefined || e.participants.length !== 1) return false;
        const [self] = e.participants;
        const other = ev.participants.find((p) => p !== self);
        return (
          self !== undefined &&
          ev.participants.includes(self) &&
          other !== undefined &&
          this.state.persons.get(other)?.country === country
        );
      });
      if (filled) {
        // The detailed telling knows better who called and when.
        filled.participants = [...ev.participants];
        filled.initiator = ev.initiator ?? filled.initiator;
        if (ev.date) {
          filled.date = ev.date;
          filled.datePrecision = ev.datePrecision;
        }
        return;
      }
    }
    // An implied meeting, or a meeting told again with fewer of its people (عقب استقباله من طرف
    // الرئيس), is the meeting already told.
    if (this.implied.has(ev) || (ev.type === "MEETING" && ev.participants.length === 2)) {
      const told = this.storyEvents.find(
        (e) =>
          e.type === ev.type &&
          ev.participants.every((p) => e.participants.includes(p)) &&
          (e.date === null || ev.date === null || e.date === ev.date),
      );
      if (told) {
        this.absorb(told, ev);
        return;
      }
    }
    // The same event told twice in one story (the title and the lead, or a repeat) is one event.
    const same = this.storyEvents.find(
      (e) =>
        (ev.type === "SUMMIT" &&
          e.type === "SUMMIT" &&
          e.planned === ev.planned &&
          (e.date === null ||
            ev.date === null ||
            e.date.startsWith(ev.date) ||
            ev.date.startsWith(e.date))) ||
        (e.type === ev.type &&
          e.participants.length === ev.participants.length &&
          e.participants.every((p) => ev.participants.includes(p)) &&
          (e.date === null ||
            ev.date === null ||
            e.date.startsWith(ev.date) ||
            ev.date.startsWith(e.date)) &&
          (e.agreement === null ||
            ev.agreement === null ||
            e.agreement === ev.agreement ||
            e.type !== "SIGNING")),
    );
    if (same) {
      // One summit, however many of its attendees the story names along the way.
      for (const p of ev.participants)
        if (!same.participants.includes(p)) same.participants.push(p);
      this.absorb(same, ev);
      same.agreement ??= ev.agreement;
      if (ev.confidence > same.confidence) same.confidence = ev.confidence;
      return;
    }
    ev.id = this.state.nextEventId();
    this.storyEvents.push(ev);
    this.state.events.push(ev);
    this.state.country(ev.placeCountry, true);
  }

  finish(): void {
    // "X discussed with Y" (بحث، تباحث، عرض) in a story that tells a call of the two is that call.
    for (const ev of [...this.storyEvents]) {
      if (!this.talks.has(ev)) continue;
      const call = this.storyEvents.find(
        (e) =>
          e.type === "CALL" &&
          e.participants.length === ev.participants.length &&
          ev.participants.every((p) => e.participants.includes(p)),
      );
      if (!call) continue;
      const at = this.state.events.indexOf(ev);
      if (at >= 0) this.state.events.splice(at, 1);
      this.storyEvents.splice(this.storyEvents.indexOf(ev), 1);
    }
    this.agreements.finish();
  }
}

const GENERIC_ROLES = new Set(["Minister", "Minister of State"]);

function subjectKind(p: ExtractedPerson, date: string | null): OfficeKind | undefined {
  return p.source === "dictionary" ? officeKindOf(p.id, date) : undefined;
}

function officeKindOf(id: string, date: string | null): OfficeKind | undefined {
  const actor = actorById(id);
  return actor ? positionOn(actor, date)?.kind : undefined;
}
