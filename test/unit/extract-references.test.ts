import { describe, expect, it } from "vitest";
import { dateFromUrl, extractArticle } from "../../src/extract/extract.js";
import { events, run } from "./support/extract.js";

describe("references to persons", () => {
  it("reads a bare surname as the person the story named in full with it", () => {
    const x = run(
      "وصل وزير الخارجية الباكستاني بلاول بوتو زرداري إلى بغداد يوم 5 يونيو 2023.\nوعقد زرداري مؤتمرا صحفيا مشتركا مع وزير الخارجية العراقي فؤاد حسين.",
    );
    expect(x.persons.map((p) => p.id)).not.toContain("asif-ali-zardari");
    expect(x.events.find((e) => e.type === "MEETING")?.participants.sort()).toEqual(
      ["bilawal-bhutto-zardari", "fuad-hussein"].sort(),
    );
  });

  it("reads the first word as the surname where names put the family first", () => {
    const x = run(
      "وصل وزير الخارجية الصيني وانغ يي إلى القاهرة يوم 10 يناير 2024.\nوأعلنت بكين أن وانغ سيزور تونس يوم 14 يناير 2024.",
    );
    expect(events(x)).toContain("VISIT وانغ يي→[وانغ يي] 2024-01-14 planned");
  });

  it("takes a subject left to a pronoun from the person named before the clause", () => {
    const x = run(
      "وأوضح الرئيس الإستوني ألار كاريس أنه التقى يوم 3 مارس 2024 رئيسة الوزراء الليتوانية إنغريدا شيمونيته.",
    );
    expect(events(x)).toEqual(["MEETING -→[ألار كاريس، إنغريدا شيمونيته] 2024-03-03"]);
  });

  it("makes whom an object pronoun stands for the guest of a reception", () => {
    const x = run(
      "وصل رئيس الوزراء الماليزي أنور إبراهيم إلى القاهرة يوم 2 أبريل 2024، واستقبله الرئيس المصري عبد الفتاح السيسي في المطار.",
    );
    expect(events(x)).toContain(
      "MEETING عبد الفتاح السيسي→[عبد الفتاح السيسي، أنور إبراهيم] 2024-04-02",
    );
  });

  it("never lets a speaker take part in the meeting he reports", () => {
    const x = run(
      "وقال الناطق باسم الخارجية الفنلندية ماركو ليندبرغ إن وزيرة الخارجية الفنلندية إلينا فالتونين التقت نظيرها السويدي يوم 8 مايو 2024.",
    );
    for (const e of x.events)
      expect(e.participants.map((id) => x.persons.find((p) => p.id === id)?.nameAr)).not.toContain(
        "ماركو ليندبرغ",
      );
  });

  it("finds a name placed before its title after a comma", () => {
    const x = run(
      "استقبل الوزير الأول الجزائري نذير العرباوي أمس إدواردو سانتوس، سفير البيرو الجديد.",
    );
    expect(x.persons.map((p) => p.nameAr)).toContain("إدواردو سانتوس");
  });

  it("guesses no office holder when the story has no date", () => {
    const x = run("التقى وزير الخارجية الروسي نظيره التركي في أنقرة.");
    expect(x.persons).toEqual([]);
  });
});

describe("dates of a story", () => {
  it("anchors relative days on the dispatch's opening place and date, not on the publication", () => {
    const x = run(
      "الرباط 10 مارس 2024 / استقبل وزير الخارجية المغربي ناصر بوريطة أمس وزير الخارجية البرتغالي باولو رانغيل.",
      "2024-03-12",
    );
    expect(x.events[0]?.date).toBe("2024-03-09");
  });

  it("reads 'the same day' as the day of the event before it", () => {
    const x = run(
      "وصل رئيس الوزراء الماليزي أنور إبراهيم إلى القاهرة يوم 2 أبريل 2024.\nوفي نفس اليوم التقى أنور إبراهيم رئيس الوزراء المصري مصطفى مدبولي.",
      "2024-04-05",
    );
    expect(x.events.find((e) => e.type === "MEETING")?.date).toBe("2024-04-02");
  });
});

describe("visits and receptions", () => {
  it("counts no visit without a destination abroad", () => {
    const x = run(
      "التقى رئيس البرلمان التشيكي ماركيتا بيكاروفا السفير الكندي الجديد روبرت كوبر في زيارة بروتوكولية يوم 4 يونيو 2024.",
    );
    expect(x.events.map((e) => e.type)).not.toContain("VISIT");
  });

  it("tells a reception after خلال when له names its guest", () => {
    const x = run(
      "وصل وزير الخارجية العماني بدر البوسعيدي إلى الدوحة يوم 4 فبراير 2024.\nوسلم الوزير رسالة خطية خلال استقبال أمير قطر الشيخ تميم بن حمد آل ثاني له.",
    );
    expect(events(x)).toContain("MEETING تميم بن حمد→[تميم بن حمد، بدر البوسعيدي] 2024-02-04");
  });

  it("makes the one named after كان في استقباله the host of the arriving guest", () => {
    const x = run(
      "وصل رئيس الوزراء الماليزي أنور إبراهيم إلى الرياض يوم 2 أبريل 2024، وكان في استقباله ولي العهد السعودي محمد بن سلمان.",
    );
    expect(events(x)).toContain("MEETING محمد بن سلمان→[محمد بن سلمان، أنور إبراهيم] 2024-04-02");
  });
});

describe("publication dates from elsewhere", () => {
  it("reads the day from an article's address when no date is given", () => {
    expect(dateFromUrl("https://example.org/2023/05/14/some-title")?.toISOString()).toBe(
      "2023-05-14T00:00:00.000Z",
    );
    expect(dateFromUrl("https://example.org/20251224/title-1108512773.html")?.toISOString()).toBe(
      "2025-12-24T00:00:00.000Z",
    );
    expect(dateFromUrl("https://example.org/news/123456")).toBeUndefined();
    expect(dateFromUrl("https://example.org/2024-02-30/x")).toBeUndefined();
    const x = extractArticle(
      "استقبل الرئيس الغاني كوفي منساه أمس وزير الخارجية التوغولي كوامي أدجي.",
      {
        file: "t.txt",
        meta: { url: "https://example.org/2024/06/11/x" },
      },
    );
    expect(x.publishedAt).toBe("2024-06-11");
    expect(x.events[0]?.date).toBe("2024-06-10");
  });

  it("takes a date alone on the last line as the story's date", () => {
    const x = run(
      "استقبل الرئيس الغاني كوفي منساه أمس وزير الخارجية التوغولي كوامي أدجي.\nأكرا 11 حزيران 2024",
    );
    expect(x.events[0]?.date).toBe("2024-06-10");
  });
});

describe("readable Latin names", () => {
  it("spells known name parts as the dictionary does and marks the name as romanized", async () => {
    const { readableLatin } = await import("../../src/extract/text/latin-names.js");
    expect(readableLatin("محمد ولد عبد الفتاح")).toBe("Mohamed Ould Abdul Fattah");
    expect(readableLatin("وليد محمد اسماعيل")).toBe("Walid Mohamed Ismail");
    const x = run(
      "استقبل الرئيس الغاني كوفي منساه وزير الخارجية التوغولي سمير عبيد يوم 3 مايو 2024.",
    );
    const p = x.persons.find((q) => q.nameAr === "سمير عبيد");
    expect(p?.nameEn).toBe("Samir Obaid");
    expect(p?.nameEnSource).toBe("romanized");
  });
});

describe("Gulf protocol phrasing", () => {
  it("reads an event noun with an honorific pronoun (استقبال معاليه) as the possessive form", () => {
    const x = run(
      "تسلم الرسالة وزير الخارجية العماني بدر البوسعيدي، خلال استقبال معاليه بمكتبه يوم 3 مايو 2024 وزير الخارجية المالديفي موسى ظمير.",
    );
    expect(x.events.find((e) => e.type === "MEETING")?.participants.length).toBe(2);
  });

  it("takes the persons listed after a line 'حضر المقابلة:' as attendees of the meeting", () => {
    const x = run(
      "استقبل وزير الخارجية العماني بدر البوسعيدي يوم 3 مايو 2024 وزير الخارجية المالديفي موسى ظمير.\nحضر المقابلة:\nالسفير خالد بن هاشل المصلحي، والسفير أحمد رشيد سفير جمهورية المالديف.",
    );
    expect(x.events.find((e) => e.type === "MEETING")?.participants.length).toBe(4);
  });
});

describe("places named after persons", () => {
  it("reads no person in the name of an airport or a university", () => {
    const x = run(
      "وكان في استقبال الرئيس القمري غزالي عثماني بمطار الملك خالد الدولي أمير منطقة الرياض الأمير فيصل بن بندر يوم 4 مارس 2024.",
    );
    expect(x.persons.map((p) => p.id)).not.toContain("khalid-bin-abdulaziz");
    expect(x.persons.some((p) => p.nameAr.startsWith("خالد"))).toBe(false);
  });
});
