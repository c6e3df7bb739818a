import { describe, expect, it } from "vitest";
import { fuzzyActor } from "../../src/extract/lexicon/actors.js";
import { fold } from "../../src/extract/text/normalize.js";
import { events, run } from "./support/extract.js";

const words = (s: string) => fold(s).split(" ");

describe("spelling variants of dictionary names", () => {
  it("takes a name that differs only in long vowels for the dictionary's actor", () => {
    expect(fuzzyActor(words("انطونيو غوتيراش"))?.id).toBe("antonio-guterres");
    expect(fuzzyActor(words("جون ايف لودريون"))?.id).toBe("jean-yves-le-drian");
  });
  it("never takes a name whose consonants differ", () => {
    expect(fuzzyActor(words("محمد بن عبدالعزيز"))?.id).not.toBe("ahmed-bin-abdulaziz");
    expect(fuzzyActor(words("ميشال عيسى"))).toBeUndefined();
  });
});

describe("who did it", () => {
  it("reads هذا الأخير as the person named last, and the doer of 'التي قام بها'", () => {
    const x = run(
      "أشاد الوزير الأول الجزائري نذير العرباوي بالرئيس الكوبي ميغيل دياز كانيل، وبالزيارة التي قام بها هذا الأخير إلى الجزائر في نوفمبر 2022.",
    );
    const visit = x.events.find((e) => e.type === "VISIT");
    expect(visit?.participants).toEqual(["miguel-diaz-canel"]);
    expect(visit?.date).toBe("2022-11");
  });

  it("makes whoever took the initiative the caller", () => {
    const x = run(
      "أجرى وزير الخارجية الأرجنتيني ماريو لوبيتس اتصالا هاتفيا مع نظيره التشيلي رامون فيرا، بمبادرة من هذا الأخير، يوم 3 مارس 2024.",
    );
    const call = x.events.find((e) => e.type === "CALL");
    expect(x.persons.find((p) => p.id === call?.initiator)?.nameAr).toBe("رامون فيرا");
  });

  it("dates the calls told after 'X received calls from his counterparts' as received by X", () => {
    const x = run(
      "تلقى وزير الخارجية الأرجنتيني ماريو لوبيتس يوم 3 مارس 2024 اتصالات هاتفية من نظرائه.\nوقال وزير الخارجية التشيلي رامون فيرا خلال اتصال هاتفي مع لوبيتس إن العلاقات متينة.",
    );
    const call = x.events.find((e) => e.type === "CALL");
    expect(x.persons.find((p) => p.id === call?.initiator)?.nameAr).toBe("رامون فيرا");
  });
});

describe("departures and summits", () => {
  it("reads a departure as a visit to where the traveller is heading", () => {
    const x = run("غادر الرئيس الغاني كوفي منساه أكرا يوم 2 مايو 2024 متوجها إلى القاهرة.");
    const visit = x.events.find((e) => e.type === "VISIT");
    expect(visit?.placeCountry).toBe("EG");
  });

  it("makes 'their participation' in a summit the latest pair's, with the host named after بضيافة", () => {
    const x = run(
      "عقد الرئيس الغاني كوفي منساه والرئيس التوغولي إيدم فوري مباحثات يوم 4 مايو 2024 في إطار مشاركتهما بقمة إقليمية بضيافة الرئيس البنيني باتريس تالون.",
    );
    const summit = x.events.find((e) => e.type === "SUMMIT");
    expect(summit?.participants).toHaveLength(3);
  });
});

describe("speech and cables", () => {
  it("never makes a speaker a party after قال: and a quote", () => {
    const x = run(
      'وقال الناطق البلجيكي يان دي بوك: "التقى رئيس الوزراء البلجيكي ألكسندر دي كرو نظيره الهولندي مارك روته يوم 3 مايو 2024".',
    );
    for (const e of x.events)
      expect(e.participants.map((id) => x.persons.find((p) => p.id === id)?.nameAr)).not.toContain(
        "يان دي بوك",
      );
  });

  it("makes the subject of أبرق the sender of a cable", () => {
    const x = run(
      "أبرق رئيس البرلمان الأردني أحمد الصفدي لرئيس البرلمان الكويتي أحمد السعدون مهنئا يوم 4 يونيو 2023.",
    );
    const message = x.events.find((e) => e.type === "MESSAGE");
    expect(x.persons.find((p) => p.id === message?.initiator)?.nameAr).toBe("أحمد الصفدي");
  });
});

describe("addresses in the text", () => {
  it("reads no event from the words of a URL, and quotes the text as written", () => {
    const x = run(
      "https://example.org/20240301/الرئيس-يلتقي-نظيره-الغاني-كوفي-منساه\nاستقبل الرئيس الغاني كوفي منساه يوم 1 مارس 2024 الرئيس التوغولي إيدم فوري.",
    );
    expect(x.events).toHaveLength(1);
    expect(x.events[0]?.evidence.text.startsWith("استقبل")).toBe(true);
  });
});

describe("calls with counterparts named only by country", () => {
  it("gives one call per country, filled in when a later sentence names the counterpart", () => {
    const x = run(
      "أجرى وزير الخارجية الكويتي عبدالله اليحيا يوم 3 مارس 2024 اتصالات هاتفية مع نظرائه في كل من مصر والأردن.\nوتلقى اليحيا اتصالا من وزير الخارجية المصري بدر عبد العاطي.",
    );
    const calls = x.events.filter((e) => e.type === "CALL");
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.participants.length).sort()).toEqual([1, 2]);
  });
});

describe("weeks and announced events", () => {
  it("dates 'next week' by the month it falls in, and marks an event named before المزمع as planned", () => {
    const x = run(
      "ناقش الوزيران الاستعدادات لعقد مؤتمر منظمة التعاون الإسلامي، المزمع عقده في إسطنبول الأسبوع المقبل.",
      "2025-06-11",
    );
    const summit = x.events.find((e) => e.type === "SUMMIT");
    expect(summit?.date).toBe("2025-06");
    expect(summit?.planned).toBe(true);
  });
  it("says nothing of a week that straddles two months", () => {
    const x = run("ستعقد قمة منظمة التعاون الإسلامي الأسبوع المقبل.", "2025-06-26");
    expect(x.events.find((e) => e.type === "SUMMIT")?.date).toBeNull();
  });
});

describe("on the sidelines of a summit", () => {
  it("makes those the sentence names attendees of the summit, besides their own meeting", () => {
    const x = run(
      "على هامش قمة الاتحاد الأفريقي، التقى الرئيس الغاني كوفي منساه نظيره التوغولي إيدم فوري يوم 4 فبراير 2024.",
    );
    expect(x.events.map((e) => e.type).sort()).toEqual(["MEETING", "SUMMIT"]);
    expect(x.events.find((e) => e.type === "SUMMIT")?.participants).toHaveLength(2);
  });
});

describe("one event told two ways", () => {
  it("reads 'X discussed with Y' as the call of the two the story tells, with ids kept unique", () => {
    const x = run(
      "بحث وزير الخارجية الغاني صامويل أبلاكوا مع نظيره التوغولي روبرت دوسي تطورات المنطقة.\nوتلقى أبلاكوا يوم 3 مارس 2024 اتصالا هاتفيا من وزير الخارجية التوغولي روبرت دوسي.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["CALL"]);
    expect(new Set(x.events.map((e) => e.id)).size).toBe(x.events.length);
  });
});

describe("denials and conjoined verbs", () => {
  it("drops a denied meeting told again later in the story", () => {
    const x = run(
      "نفى مصدر رسمي الأنباء عن لقاء جمع الرئيس الغاني كوفي منساه والرئيس التوغولي إيدم فوري.\nوكانت مواقع قد ذكرت أن لقاء عقد بين الرئيس الغاني كوفي منساه والرئيس التوغولي إيدم فوري يوم 3 مارس 2024.",
    );
    expect(x.events).toEqual([]);
  });
  it("carries the subject to a verb joined by و, never the object of the clause before", () => {
    const x = run(
      "التقى الرئيس الغاني كوفي منساه يوم 3 مارس 2024 الرئيس التوغولي إيدم فوري، وسيلتقي غدا الرئيس البنيني باتريس تالون.",
    );
    const later = x.events.find(
      (e) =>
        e.participants.includes("x-batris-taloun") ||
        e.participants.some((p) => x.persons.find((q) => q.id === p)?.nameAr === "باتريس تالون"),
    );
    expect(later?.participants.map((p) => x.persons.find((q) => q.id === p)?.nameAr)).toContain(
      "كوفي منساه",
    );
  });
});

describe("royals by first name", () => {
  it("reads a title and a first name alone as the one monarch of that name", () => {
    const x = run("وجرت للسلطان هيثم مراسم استقبال رسمية في مطار الرياض يوم 3 مارس 2024.");
    expect(x.persons.map((p) => p.id)).toContain("haitham-bin-tariq");
    expect(x.persons.map((p) => p.nameAr)).not.toContain("هيثم مراسم");
  });
});

describe("pictures", () => {
  it("reads no event from a photo credit and its caption printed again", () => {
    const x = run(
      "© Agency . Photographer الرئيس الغاني كوفي منساه يلتقي الرئيس التوغولي إيدم فوري في أكرا\nالرئيس الغاني كوفي منساه يلتقي الرئيس التوغولي إيدم فوري في أكرا - وكالة, 1920, 09.10.2025\nأجرى الرئيس الغاني كوفي منساه يوم 9 أكتوبر 2025 اتصالا هاتفيا مع الرئيس التوغولي إيدم فوري.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["CALL"]);
  });
});

describe("name parts that are also title words", () => {
  it("keeps الأمين inside a name (محمد الأمين ولد …)", () => {
    const x = run(
      "وقع وزير المالية الموريتاني محمد الأمين ولد الشيخ اتفاقية تعاون مع نظيره المالي يوم 3 مايو 2024.",
    );
    expect(x.persons.map((p) => p.nameAr)).toContain("محمد الأمين ولد الشيخ");
  });
});

describe("names that open with the article", () => {
  it("takes a first name with the article when ولد follows (الدي ولد الزين)", () => {
    const x = run("وقعه عن الجانب الموريتاني وزير التنمية الريفية الدي ولد الزين يوم 3 مايو 2024.");
    expect(x.persons.map((p) => p.nameAr)).toContain("الدي ولد الزين");
  });
});

describe("joint commissions", () => {
  it("reads a session of a joint commission as a meeting of its two chairs", () => {
    const x = run(
      "اختتمت يوم 4 مايو 2024 أعمال الدورة الخامسة للجنة العليا المشتركة، برئاسة رئيس الوزراء الغاني كوفي منساه ونظيره التوغولي إيدم فوري.",
    );
    expect(events(x)).toEqual(["MEETING -→[كوفي منساه، إيدم فوري] 2024-05-04"]);
  });
});

describe("documents in their plural, dual and accusative forms", () => {
  it.each([
    "اتفاقيات للتعاون في مجال النقل",
    "اتفاقا للتعاون في مجال النقل",
    "مذكرتي تفاهم في مجال الطاقة",
  ])("reads a signing of %s", (doc) => {
    const x = run(
      `ووقع وزير الخارجية المصري بدر عبد العاطي ووزير الخارجية التونسي محمد علي النفطي ${doc} يوم 5 مارس 2025.`,
    );
    expect(events(x)).toEqual(["SIGNING -→[بدر عبد العاطي، محمد علي النفطي] 2025-03-05"]);
    expect(x.agreements).toHaveLength(1);
  });

  it("takes plural documents with no named signatory for history, not an agreement", () => {
    const x = run(
      "وتطورت العلاقات بين تونس والبرتغال خلال العقود الماضية نحو توقيع اتفاقيات تجارية وزراعية وأمنية.",
    );
    expect(x.agreements).toEqual([]);
  });

  it("never reads المالي (financial) in a document's name as Mali", () => {
    const x = run(
      "ووقع وزير الخارجية المصري بدر عبد العاطي ووزير الخارجية التونسي محمد علي النفطي اتفاقية للتعاون المالي والفني يوم 5 مارس 2025.",
    );
    expect(x.agreements.map((a) => [...a.parties].sort())).toEqual([["EG", "TN"]]);
  });

  it("reads a document named before the verb that signs it (وقعته X و Y)", () => {
    const x = run(
      "وشملت المراسم برنامجا تنفيذيا للتعاون في مجال المياه وقعته وزيرة البيئة المصرية ياسمين فؤاد ووزير الفلاحة التونسي عز الدين بن الشيخ يوم 5 مارس 2025.",
    );
    expect(events(x)).toEqual(["SIGNING -→[ياسمين فؤاد، عز الدين بن الشيخ] 2025-03-05"]);
  });

  it("takes the signers of a passive signing from بين X و Y", () => {
    const x = run(
      "كما وقعت برامج تنفيذية للتعاون في مجال الشباب بين الوزير المصري بدر عبد العاطي والوزير التونسي محمد علي النفطي يوم 5 مارس 2025.",
    );
    expect(events(x)).toEqual(["SIGNING -→[بدر عبد العاطي، محمد علي النفطي] 2025-03-05"]);
  });
});

describe("more verb forms, and talks told after a call", () => {
  it("reads ناقش مع as talks, and a plural visit verb as a visit", () => {
    const talks = run(
      "ناقش وزير الخارجية الأردني أيمن الصفدي في عمان يوم 3 مارس 2025 مع نظيره المصري بدر عبد العاطي الأوضاع في المنطقة.",
    );
    expect(events(talks)).toEqual(["MEETING -→[أيمن الصفدي، بدر عبد العاطي] 2025-03-03"]);
    const visit = run(
      "الوزيران البرتغالي باولو رانجيل والإسباني خوسيه مانويل ألباريس زاروا المغرب يوم 4 يونيو 2025.",
    );
    expect(visit.events.some((e) => e.type === "VISIT")).toBe(true);
  });

  it("takes 'discussed with' after a call of the same two as that call", () => {
    const x = run(
      "أجرى وزير الخارجية الأردني أيمن الصفدي يوم 3 مارس 2025 اتصالا هاتفيا مع نظيره المصري بدر عبد العاطي.\nوناقش الصفدي مع عبد العاطي الأوضاع في المنطقة.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["CALL"]);
  });
});

describe("visits told with a plural verb", () => {
  it("counts every person named before وصلوا as a visitor", () => {
    const x = run(
      "وأعلنت الوزارة أن وزير الخارجية المصري بدر عبد العاطي، ووزير الخارجية الأردني أيمن الصفدي، وصلوا إلى بغداد يوم 2 مارس 2025.",
    );
    const visit = x.events.find((e) => e.type === "VISIT");
    expect(visit?.participants.length).toBe(2);
  });
});
