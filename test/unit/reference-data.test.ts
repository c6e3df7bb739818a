import { describe, expect, it } from "vitest";
import actorData from "../../src/extract/data/actors.json" with { type: "json" };
import countryData from "../../src/extract/data/countries.json" with { type: "json" };
import { OFFICE_KINDS } from "../../src/extract/lexicon/actors.js";

interface Position {
  role: string;
  kind: string;
  country: string;
  from: string | null;
  to: string | null;
}

interface Actor {
  id: string;
  nameEn: string;
  namesAr: string[];
  shortAr: string[];
  qid: string | null;
  positions: Position[];
}

interface CountryEntry {
  aliasesAr?: string[];
  nisbaAr?: string[];
  pluralAr?: string[];
  capitalAr?: string[];
  metonymsAr?: string[];
}

const actors = (actorData as { version: number; actors: Actor[] }).actors;
const countries = (countryData as { version: number; countries: Record<string, CountryEntry> })
  .countries;

const KINDS = new Set<string>(OFFICE_KINDS);

/** Offices with one holder per country at a time. */
const SINGLE_HOLDER_KINDS = new Set(["head_of_state", "head_of_government", "foreign_minister"]);

const NON_ISO_CODES = new Set(["EU", "UN", "PS"]);

const ISO_3166_1 =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG
NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/);

/** Members of the Arab League, the permanent Security Council members and the other countries
 * whose officials the actor dictionary covers: these must have a relational adjective and a capital. */
const CORE =
  `MA DZ TN LY EG SD MR SO DJ SA AE QA BH KW OM YE IQ SY LB PS US RU CN GB FR TR IR IN IL DE
IT ES JP BR ET UA PK`.split(/\s+/);

const enRegion = new Intl.DisplayNames("en", { type: "region" });
const arRegion = new Intl.DisplayNames("ar", { type: "region" });

function isRegion(code: string): boolean {
  if (NON_ISO_CODES.has(code)) return true;
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = enRegion.of(code);
  return name !== undefined && name !== code;
}

/** Arabic letters and single spaces only: no tashkeel, tatweel, Persian letters, digits or Latin. */
const ARABIC_WORD = "[\\u0621-\\u063A\\u0641-\\u064A]+";
const ARABIC_PHRASE = new RegExp(`^${ARABIC_WORD}(?: ${ARABIC_WORD})*$`);

/** The same folding the matcher relies on: hamza seats, alif maqsura and ta marbuta. */
function fold(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/\s+/g, " ")
    .trim();
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** First day covered by a (possibly partial) date. */
function firstDay(s: string): string {
  const [y, m, d] = s.split("-");
  return `${y}-${m ?? "01"}-${d ?? "01"}`;
}

/** Last day covered by a (possibly partial) date. */
function lastDay(s: string): string {
  const [y, m, d] = s.split("-");
  if (d !== undefined) return s;
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, "0")}`;
  }
  return `${y}-12-31`;
}

/**
 * Whether two tenures certainly overlap. Partial dates are read in the most lenient way (a
 * tenure starting in "2017-04" may start on its last day), and a hand-over on one day (one's
 * `to` equal to the other's `from`) is not an overlap.
 */
function certainlyOverlap(a: Position, b: Position): boolean {
  const start = (p: Position) => (p.from === null ? "0000-01-01" : lastDay(p.from));
  const end = (p: Position) => (p.to === null ? "9999-12-31" : firstDay(p.to));
  return start(a) < end(b) && start(b) < end(a);
}

function arabicStringsOf(actor: Actor): string[] {
  return [...actor.namesAr, ...actor.shortAr];
}

function duplicatesAcross<T>(
  owners: readonly T[],
  keysOf: (owner: T) => readonly string[],
  label: (owner: T) => string,
): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const owner of owners) {
    const mine = new Set(keysOf(owner).map(fold));
    for (const key of mine) {
      const other = seen.get(key);
      if (other !== undefined && other !== label(owner)) {
        clashes.push(`${key}: ${other} / ${label(owner)}`);
      } else seen.set(key, label(owner));
    }
  }
  return clashes;
}

describe("actor dictionary", () => {
  it("has version 1 and a few hundred actors", () => {
    expect((actorData as { version: number }).version).toBe(1);
    expect(actors.length).toBeGreaterThan(250);
  });

  it("has unique kebab-case ids", () => {
    const ids = actors.map((a) => a.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("gives every actor an English name, an Arabic name and at least one position", () => {
    const bad = actors.filter(
      (a) => a.nameEn.trim() === "" || a.namesAr.length === 0 || a.positions.length === 0,
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  it("writes every Arabic string in Arabic letters without tashkeel", () => {
    const bad = actors.flatMap((a) =>
      arabicStringsOf(a)
        .filter((s) => !ARABIC_PHRASE.test(s))
        .map((s) => `${a.id}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it("never gives two actors the same full name", () => {
    expect(
      duplicatesAcross(
        actors,
        (a) => a.namesAr,
        (a) => a.id,
      ),
    ).toEqual([]);
  });

  it("never shares a short form between actors, nor uses another actor's full name as one", () => {
    expect(
      duplicatesAcross(
        actors,
        (a) => a.shortAr,
        (a) => a.id,
      ),
    ).toEqual([]);
    const fullNames = new Map<string, string>();
    for (const a of actors) for (const n of a.namesAr) fullNames.set(fold(n), a.id);
    const clashes = actors.flatMap((a) =>
      a.shortAr
        .filter((s) => {
          const owner = fullNames.get(fold(s));
          return owner !== undefined && owner !== a.id;
        })
        .map((s) => `${a.id}: ${s}`),
    );
    expect(clashes).toEqual([]);
  });

  it("uses well-formed, unique Wikidata ids", () => {
    const qids = actors.map((a) => a.qid).filter((q): q is string => q !== null);
    expect(qids.filter((q) => !/^Q[1-9]\d*$/.test(q))).toEqual([]);
    expect(qids.filter((q, i) => qids.indexOf(q) !== i)).toEqual([]);
  });

  it("uses known office kinds and valid country codes", () => {
    const bad = actors.flatMap((a) =>
      a.positions
        .filter((p) => !KINDS.has(p.kind) || !isRegion(p.country) || p.role.trim() === "")
        .map((p) => `${a.id}: ${p.kind} ${p.country} ${p.role}`),
    );
    expect(bad).toEqual([]);
  });

  it("keeps EU and UN codes for EU and UN offices", () => {
    const bad = actors.flatMap((a) =>
      a.positions
        .filter(
          (p) =>
            (p.kind === "eu_official" && p.country !== "EU") ||
            (p.kind === "un_official" && p.country !== "UN"),
        )
        .map((p) => `${a.id}: ${p.role}`),
    );
    expect(bad).toEqual([]);
  });

  it("has well-formed dates with from <= to", () => {
    const bad: string[] = [];
    for (const a of actors) {
      for (const p of a.positions) {
        for (const d of [p.from, p.to]) {
          if (d !== null && !isValidDate(d)) bad.push(`${a.id}: bad date ${d}`);
        }
        if (SINGLE_HOLDER_KINDS.has(p.kind) && p.from === null) {
          bad.push(`${a.id}: ${p.kind} ${p.country} without a start`);
        }
        if (p.from !== null && p.to !== null && firstDay(p.from) > lastDay(p.to)) {
          bad.push(`${a.id}: ${p.from} > ${p.to}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("never has two people in the same single-holder office at once", () => {
    const byOffice = new Map<string, { actor: string; position: Position }[]>();
    for (const a of actors) {
      for (const p of a.positions) {
        if (!SINGLE_HOLDER_KINDS.has(p.kind)) continue;
        const key = `${p.kind} ${p.country}`;
        const list = byOffice.get(key) ?? [];
        list.push({ actor: a.id, position: p });
        byOffice.set(key, list);
      }
    }
    const clashes: string[] = [];
    for (const [office, list] of byOffice) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const x = list[i];
          const y = list[j];
          if (!x || !y || x.actor === y.actor) continue;
          if (certainlyOverlap(x.position, y.position)) {
            clashes.push(
              `${office}: ${x.actor} ${x.position.from}..${x.position.to} / ${y.actor} ${y.position.from}..${y.position.to}`,
            );
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("covers the current heads of state, heads of government or foreign ministers of core countries", () => {
    const current = new Set<string>();
    for (const a of actors) {
      for (const p of a.positions) if (p.to === null) current.add(`${p.kind} ${p.country}`);
    }
    const missing = CORE.filter(
      (c) => !current.has(`head_of_state ${c}`) && !current.has(`head_of_government ${c}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("country aliases", () => {
  const codes = Object.keys(countries);

  it("has version 1 and an entry for every ISO 3166-1 country, the EU and Palestine", () => {
    expect((countryData as { version: number }).version).toBe(1);
    expect(ISO_3166_1.filter((c) => !codes.includes(c))).toEqual([]);
    expect(codes.filter((c) => !isRegion(c))).toEqual([]);
    expect(codes).toContain("EU");
    expect(codes).toContain("PS");
  });

  it("writes every Arabic string in Arabic letters without tashkeel", () => {
    const bad: string[] = [];
    for (const [code, entry] of Object.entries(countries)) {
      for (const list of [
        entry.aliasesAr,
        entry.nisbaAr,
        entry.pluralAr,
        entry.capitalAr,
        entry.metonymsAr,
      ]) {
        for (const s of list ?? []) if (!ARABIC_PHRASE.test(s)) bad.push(`${code}: ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("has nisba and capital lists for every entry, filled for the core countries", () => {
    expect(codes.filter((c) => !Array.isArray(countries[c]?.nisbaAr))).toEqual([]);
    expect(codes.filter((c) => !Array.isArray(countries[c]?.capitalAr))).toEqual([]);
    expect(CORE.filter((c) => (countries[c]?.nisbaAr ?? []).length === 0)).toEqual([]);
    // Israel's capital is contested: Jerusalem is not mapped to it, and تل أبيب is a metonym.
    const needCapital = CORE.filter((c) => c !== "IL");
    expect(needCapital.filter((c) => (countries[c]?.capitalAr ?? []).length === 0)).toEqual([]);
  });

  it("does not repeat the name the runtime already gives", () => {
    const bad = codes.flatMap((c) => {
      const intl = fold(arRegion.of(c) ?? "");
      return (countries[c]?.aliasesAr ?? [])
        .filter((a) => fold(a) === intl)
        .map((a) => `${c}: ${a}`);
    });
    expect(bad).toEqual([]);
  });

  it("gives relational adjectives as bare single words (no article, no feminine ending)", () => {
    const bad = codes.flatMap((c) =>
      (countries[c]?.nisbaAr ?? [])
        .filter((n) => n.includes(" ") || n.startsWith("ال") || n.endsWith("ة") || !n.endsWith("ي"))
        .map((n) => `${c}: ${n}`),
    );
    expect(bad).toEqual([]);
  });

  it("maps each name, alias, capital and metonym to one country only", () => {
    const phrases = (c: string) => {
      const e = countries[c] ?? {};
      return [
        arRegion.of(c) ?? "",
        ...(e.aliasesAr ?? []),
        ...(e.capitalAr ?? []),
        ...(e.metonymsAr ?? []),
      ].filter((s) => s !== "");
    };
    expect(duplicatesAcross(codes, phrases, (c) => c)).toEqual([]);
  });

  it("maps each relational adjective and plural to one country only", () => {
    const forms = (c: string) => [
      ...(countries[c]?.nisbaAr ?? []),
      ...(countries[c]?.pluralAr ?? []),
    ];
    expect(duplicatesAcross(codes, forms, (c) => c)).toEqual([]);
  });
});
