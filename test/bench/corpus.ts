import actorData from "../../src/extract/data/actors.json" with { type: "json" };
import countryData from "../../src/extract/data/countries.json" with { type: "json" };

/**
 * Synthetic Arabic news articles from templates: random actors, countries, dates and date
 * styles, with filler and related-news lists, and the facts each article states — so the same
 * corpus measures speed and, on text the seeds never showed, accuracy.
 */

export interface TruthEvent {
  type: "CALL" | "MEETING" | "VISIT" | "SIGNING";
  participants: string[];
  initiator: string | null;
  date: string;
}

export interface SyntheticArticle {
  file: string;
  text: string;
  published: string;
  truth: TruthEvent[];
}

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Minister {
  id: string;
  name: string;
  country: string;
  from: string;
  to: string | null;
}

const countries = (
  countryData as { countries: Record<string, { nisbaAr?: string[]; capitalAr?: string[] }> }
).countries;
const MINISTERS: Minister[] = [];
for (const a of (
  actorData as {
    actors: {
      id: string;
      namesAr: string[];
      positions: { kind: string; country: string; from: string | null; to: string | null }[];
    }[];
  }
).actors) {
  for (const p of a.positions) {
    const c = countries[p.country];
    if (
      p.kind === "foreign_minister" &&
      p.from &&
      c?.nisbaAr?.[0] &&
      c.capitalAr?.[0] &&
      a.namesAr[0]
    ) {
      MINISTERS.push({ id: a.id, name: a.namesAr[0], country: p.country, from: p.from, to: p.to });
    }
  }
}

const MONTH_STYLES = [
  [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
  ],
  [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
  ],
  [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
  ],
  [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
  ],
];
const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

const FILLER = [
  "وتناول الجانبان سبل تطوير العلاقات الثنائية في مختلف المجالات السياسية والاقتصادية والثقافية، بما يخدم المصالح المشتركة للبلدين والشعبين الصديقين.",
  "وأكد الطرفان أهمية مواصلة التنسيق والتشاور إزاء القضايا الإقليمية والدولية ذات الاهتمام المشترك، ولا سيما الأوضاع في المنطقة.",
  "كما استعرض المسؤولان آفاق التعاون في مجالات الطاقة والاستثمار والتعليم، وأشادا بمستوى التبادل التجاري الذي شهد نموا ملحوظا خلال السنوات الأخيرة.",
  "وشدد البيان الصادر عقب المباحثات على ضرورة احترام القانون الدولي وتغليب الحلول السلمية للنزاعات، ودعم جهود الأمم المتحدة في هذا الشأن.",
  "ويأتي هذا التحرك في سياق دينامية دبلوماسية متواصلة تعرفها العلاقات بين البلدين منذ سنوات، في ظل حرص القيادتين على الارتقاء بها.",
  "وأشار المصدر ذاته إلى أن اللجنة المشتركة ستعقد دورتها المقبلة في موعد يحدد لاحقا عبر القنوات الدبلوماسية.",
];
const HEADLINES = [
  "ارتفاع أسعار النفط في الأسواق العالمية بعد قرار أوبك…",
  "منتخب الشباب يتأهل إلى نهائي البطولة الإقليمية",
  "دراسة تكشف فوائد المشي اليومي على صحة القلب…",
  "الحكومة تعلن موعد انطلاق الموسم الدراسي الجديد",
];

const pad = (n: number) => String(n).padStart(2, "0");

// Names for the persons the dictionary does not know (ambassadors, deputy ministers, envoys):
// plain given names and family names, none of them a country, an adjective of one or a title.
const GIVEN_NAMES = [
  "كريم",
  "سمير",
  "هشام",
  "يوسف",
  "عادل",
  "رشيد",
  "منير",
  "نبيل",
  "طارق",
  "جمال",
  "حسن",
  "خالد",
  "وليد",
  "ماجد",
  "فيصل",
  "سامي",
  "رامي",
  "زياد",
  "باسل",
  "عماد",
  "أنور",
  "مروان",
  "شريف",
  "عمر",
  "حمزة",
  "إدريس",
  "مصطفى",
  "إبراهيم",
  "أيمن",
  "بلال",
  "توفيق",
  "ثامر",
  "جواد",
  "حاتم",
  "حسام",
  "رضا",
  "زكريا",
  "سعيد",
  "صلاح",
  "عصام",
  "غسان",
  "فؤاد",
  "قاسم",
  "لطفي",
  "مازن",
  "ناصر",
  "هاني",
  "ياسر",
  "أحمد",
  "محمود",
  "رياض",
  "سليم",
  "شكري",
  "عزيز",
  "فريد",
  "كمال",
  "مهدي",
  "نزار",
  "وائل",
  "يحيى",
  "أسامة",
  "بشير",
  "جلال",
  "حميد",
  "رفيق",
  "سفيان",
  "عبدو",
  "مراد",
  "نور",
  "هادي",
];
const FAMILY_NAMES = [
  "بنعلي",
  "بنكيران",
  "بوزيد",
  "بنجلون",
  "بوعزة",
  "الحداد",
  "الفاسي",
  "العلمي",
  "التازي",
  "الصباغ",
  "بنسودة",
  "الشرقاوي",
  "الإدريسي",
  "بنموسى",
  "الوزاني",
  "بلحاج",
  "بوشعرة",
  "الخطيب",
  "النجار",
  "الحلبي",
  "الدباغ",
  "الكتاني",
  "بناني",
  "السقاط",
  "العمراني",
  "الطاهري",
  "الزرهوني",
  "الرحماني",
  "بوطالب",
  "المنصوري",
  "الشامخ",
  "القاسمي",
  "الحسيني",
  "الراشدي",
  "البدوي",
  "السعدي",
  "الجزولي",
  "العبادي",
  "الساحلي",
  "بوخريص",
  "بنشقرون",
  "الغزالي",
  "الحمداني",
  "الزين",
  "الخياط",
  "الأنصاري",
  "الشاذلي",
  "بنيس",
  "التومي",
  "الحارثي",
  "العطار",
  "الصفدي",
  "القباني",
  "الملاح",
  "الحكيم",
  "الرفاعي",
  "السبتي",
  "المرابط",
  "النقيب",
  "الهاشمي",
  "بورقيبة",
  "بوحجر",
  "الخزرجي",
  "العوفي",
  "الكردي",
  "البناء",
  "الزيدي",
  "الشهابي",
  "الطحان",
  "العساف",
  "القحطاني",
  "المالكي",
  "النعيمي",
];
const AGREEMENT_FIELDS = [
  "التكوين الدبلوماسي",
  "الطاقة المتجددة",
  "التعليم العالي",
  "النقل البحري",
  "الاستثمار",
  "الصحة",
  "الزراعة",
  "السياحة",
  "الثقافة",
  "الأمن الغذائي",
  "البحث العلمي",
  "الرياضة",
];
const AGREEMENT_KINDS = [
  "مذكرة تفاهم للتعاون في مجال",
  "اتفاقية للتعاون في مجال",
  "برنامج تنفيذي للتعاون في مجال",
];

const regionAr = new Intl.DisplayNames(["ar"], { type: "region" });

/** How `generateGraphCorpus` shapes its graph. */
export interface GraphCorpusOptions {
  /** Persons the dictionary does not know, introduced by a title (ambassador, deputy minister). */
  readonly persons?: number;
  /** Event paragraphs per article. */
  readonly eventsPerArticle?: number;
  /** Share of participants drawn from the dictionary's foreign ministers (the hubs). */
  readonly dictionaryShare?: number;
  /** How unequal the generated persons' popularity is: 1 uniform, higher more skewed. */
  readonly skew?: number;
}

interface GeneratedPerson {
  mention: string;
  country: string;
}

/**
 * Articles for a graph of a chosen size: each reports several events (calls either way, talks,
 * audiences, visits, signings of agreements of several kinds) between foreign ministers of the
 * dictionary and persons it does not know — ambassadors and deputy foreign ministers with
 * generated names, found by the extractor from their titles. Popularity is skewed: a few
 * persons take part in many events, most in a few; the ministers in office are the hubs.
 * Dates are explicit (day, month in one of four regional styles, year), 2019 to 2025.
 * Deterministic for a seed; `generateCorpus` above is unchanged by it.
 */
export function generateGraphCorpus(
  count: number,
  seed: number,
  options: GraphCorpusOptions = {},
): SyntheticArticle[] {
  const out: SyntheticArticle[] = [];
  for (const a of graphArticles(seed, options)) {
    if (out.length >= count) break;
    out.push(a);
  }
  return out;
}

/** The endless stream `generateGraphCorpus` takes its first articles from. */
export function* graphArticles(
  seed: number,
  options: GraphCorpusOptions = {},
): Generator<SyntheticArticle, never> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const perArticle = Math.max(1, options.eventsPerArticle ?? 4);
  const dictionaryShare = options.dictionaryShare ?? 0.25;
  const codes = [...new Set(MINISTERS.map((m) => m.country))].sort();
  const personCount = Math.max(
    1,
    Math.min(options.persons ?? 200, GIVEN_NAMES.length * FAMILY_NAMES.length),
  );
  // Person k: given name k mod G, family name k div G — every name distinct.
  const persons: GeneratedPerson[] = [];
  const order = Array.from({ length: GIVEN_NAMES.length * FAMILY_NAMES.length }, (_, k) => k);
  const shuffle = rng(seed ^ 0x5bd1e995);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(shuffle() * (k + 1));
    [order[k], order[j]] = [order[j] as number, order[k] as number];
  }
  for (let k = 0; k < personCount; k++) {
    const n = order[k] as number;
    const name = `${GIVEN_NAMES[n % GIVEN_NAMES.length]} ${FAMILY_NAMES[Math.floor(n / GIVEN_NAMES.length)]}`;
    const country = codes[Math.floor(shuffle() * codes.length)] as string;
    let host = codes[Math.floor(shuffle() * codes.length)] as string;
    if (host === country) host = codes[(codes.indexOf(country) + 1) % codes.length] as string;
    const nisba = countries[country]?.nisbaAr?.[0];
    const mention =
      shuffle() < 0.6 || !nisba
        ? `سفير ${regionAr.of(country)} لدى ${regionAr.of(host)} ${name}`
        : `نائب وزير الخارجية ال${nisba} ${name}`;
    persons.push({ mention, country });
  }
  // Skewed popularity: index ⌊n·u^skew⌋ makes low indexes frequent.
  const skew = options.skew ?? 1.5;
  const someone = (): GeneratedPerson =>
    persons[Math.floor(persons.length * r() ** skew)] as GeneratedPerson;

  for (let n = 0; ; n++) {
    const paragraphs: string[] = [];
    let published = "";
    for (let k = 0; k < perArticle; k++) {
      const year = 2019 + Math.floor(r() * 7);
      const month = 1 + Math.floor(r() * 12);
      const day = 1 + Math.floor(r() * 28);
      const date = `${year}-${pad(month)}-${pad(day)}`;
      if (date > published) published = date;
      const dateText = `في ${day} ${pick(MONTH_STYLES)[month - 1]} ${year}`;
      const inOffice = MINISTERS.filter((m) => m.from <= date && (m.to === null || m.to >= date));
      const mention = (): { text: string; country: string } => {
        if (r() < dictionaryShare) {
          const m = pick(inOffice);
          return {
            text: `وزير الخارجية ال${countries[m.country]?.nisbaAr?.[0]} ${m.name}`,
            country: m.country,
          };
        }
        const p = someone();
        return { text: p.mention, country: p.country };
      };
      const a = mention();
      let b = mention();
      for (let t = 0; t < 10 && (b.text === a.text || b.country === a.country); t++) b = mention();
      if (b.text === a.text) continue;
      const capital = countries[r() < 0.5 ? a.country : b.country]?.capitalAr?.[0];
      const kind = Math.floor(r() * 6);
      const lead = k === 0 ? "" : pick(["وفي سياق آخر، ", "ومن جهة أخرى، ", "وفي خبر آخر، "]);
      if (kind === 0)
        paragraphs.push(
          `${lead}أجرى ${a.text}، ${dateText}، اتصالا هاتفيا مع ${b.text}، تناول العلاقات الثنائية.`,
        );
      else if (kind === 1)
        paragraphs.push(`${lead}تلقى ${a.text}، ${dateText}، اتصالا هاتفيا من ${b.text}.`);
      else if (kind === 2)
        paragraphs.push(`${lead}أجرى ${a.text}، ${dateText} ب${capital}، مباحثات مع ${b.text}.`);
      else if (kind === 3)
        paragraphs.push(`${lead}استقبل ${a.text}، ${dateText} ب${capital}، ${b.text}.`);
      else if (kind === 4)
        paragraphs.push(
          `${lead}قام ${a.text}، ${dateText}، بزيارة رسمية إلى ${countries[b.country]?.capitalAr?.[0]}، التقى خلالها ${b.text}.`,
        );
      else
        paragraphs.push(
          `${lead}وقع ${a.text} و${b.text}، ${dateText}، ${pick(AGREEMENT_KINDS)} ${pick(AGREEMENT_FIELDS)}.`,
        );
    }
    paragraphs.push(pick(FILLER));
    yield {
      file: `graph_${String(n).padStart(7, "0")}.txt`,
      text: paragraphs.join("\n\n"),
      published,
      truth: [],
    };
  }
}

export function generateCorpus(count: number, seed = 42): SyntheticArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: SyntheticArticle[] = [];
  for (let n = 0; n < count; n++) {
    const year = 2019 + Math.floor(r() * 7);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const when = new Date(`${date}T00:00:00Z`);
    const inOffice = MINISTERS.filter((m) => m.from <= date && (m.to === null || m.to >= date));
    const a = pick(inOffice);
    let b = pick(inOffice);
    for (let k = 0; k < 10 && (b.country === a.country || b.id === a.id); k++) b = pick(inOffice);
    if (b.country === a.country) continue;
    const ca = countries[a.country];
    const cb = countries[b.country];
    const nisbaA = `ال${ca?.nisbaAr?.[0]}`;
    const nisbaB = `ال${cb?.nisbaAr?.[0]}`;
    const months = pick(MONTH_STYLES);
    const monthName = months[month - 1];
    const weekday = WEEKDAYS[when.getUTCDay()];
    const style = Math.floor(r() * 4);
    const dateText =
      style === 0
        ? `يوم ${weekday} ${day} ${monthName} ${year}`
        : style === 1
          ? `اليوم ${weekday}`
          : style === 2
            ? `في ${day} ${monthName} ${year}`
            : `أمس ${weekday} ${day} ${monthName} ${year}`;
    const published =
      style === 3 ? new Date(when.getTime() + 86_400_000).toISOString().slice(0, 10) : date;
    const kind = Math.floor(r() * 5);
    const truth: TruthEvent[] = [];
    let lead: string;
    if (kind === 0) {
      lead = `أجرى وزير الخارجية ${nisbaA} ${a.name}، ${dateText}، اتصالا هاتفيا مع نظيره ${nisbaB} ${b.name}، تناول العلاقات الثنائية.`;
      truth.push({ type: "CALL", participants: [a.id, b.id], initiator: a.id, date });
    } else if (kind === 1) {
      lead = `تلقى وزير الخارجية ${nisbaA} ${a.name}، ${dateText}، اتصالا هاتفيا من نظيره ${nisbaB} ${b.name}.`;
      truth.push({ type: "CALL", participants: [a.id, b.id], initiator: b.id, date });
    } else if (kind === 2) {
      lead = `أجرى وزير الخارجية ${nisbaA} ${a.name}، ${dateText} ب${cb?.capitalAr?.[0]}، مباحثات مع نظيره ${nisbaB} ${b.name}.`;
      truth.push({ type: "MEETING", participants: [a.id, b.id], initiator: null, date });
    } else if (kind === 3) {
      lead = `قام وزير الخارجية ${nisbaA} ${a.name}، ${dateText}، بزيارة رسمية إلى ${cb?.capitalAr?.[0]}، التقى خلالها نظيره ${nisbaB} ${b.name}.`;
      truth.push({ type: "VISIT", participants: [a.id], initiator: a.id, date });
      truth.push({ type: "MEETING", participants: [a.id, b.id], initiator: null, date });
    } else {
      lead = `وقع وزير الخارجية ${nisbaA} ${a.name} ونظيره ${nisbaB} ${b.name}، ${dateText}، مذكرة تفاهم للتعاون في مجال التكوين الدبلوماسي.`;
      truth.push({ type: "SIGNING", participants: [a.id, b.id], initiator: null, date });
    }
    const paragraphs = [lead];
    // About 5 KB of UTF-8: the lead, filler, and sometimes a related-news list that must yield nothing.
    while (Buffer.byteLength(paragraphs.join("\n")) < 4900) paragraphs.push(pick(FILLER));
    if (r() < 0.5) paragraphs.push("أخبار ذات صلة", pick(HEADLINES), pick(HEADLINES));
    out.push({
      file: `syn_${String(n).padStart(6, "0")}.txt`,
      text: paragraphs.join("\n"),
      published,
      truth,
    });
  }
  return out;
}
