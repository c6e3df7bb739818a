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
