import { describe, expect, it } from "vitest";
import { events, run } from "./support/extract.js";

describe("calls and their direction", () => {
  it("makes the subject of أجرى … اتصالا the caller", () => {
    const x = run(
      "أجرى وزير الخارجية البرتغالي جواو كرافينيو، يوم الاثنين 3 فبراير 2025، اتصالا هاتفيا مع نظيره الإسباني خوسيه ألباريس.",
    );
    // Albares is in the actor dictionary, which gives his display name.
    expect(events(x)).toEqual([
      "CALL جواو كرافينيو→[جواو كرافينيو، خوسيه مانويل ألباريس] 2025-02-03",
    ]);
  });
  it("makes the one after من the caller in تلقى … اتصالا من", () => {
    const x = run(
      "تلقى رئيس الوزراء الكندي مارك كارني اتصالا هاتفيا، يوم 4 مايو 2025، من الرئيس الفنلندي ألكسندر ستوب.",
    );
    expect(events(x)).toEqual(["CALL ألكسندر ستوب→[ألكسندر ستوب، مارك كارني] 2025-05-04"]);
  });
  it("leaves the caller unknown in جرى اتصال بين", () => {
    const x = run(
      "جرى اتصال هاتفي بين وزير الخارجية البرازيلي ماورو فييرا ووزير الخارجية الهندي سوبرامانيام جايشانكار، في 10 يونيو 2024.",
    );
    expect(events(x)).toEqual(["CALL -→[ماورو فييرا، سوبرامانيام جايشانكار] 2024-06-10"]);
  });
  it("reads the verb اتصل with its subject after it", () => {
    const x = run(
      "اتصل السفير الياباني كينجي هاشيموتو بوزير الخارجية الكيني موسى موهاتي في 7 مارس 2023.",
    );
    expect(events(x)).toEqual(["CALL كينجي هاشيموتو→[كينجي هاشيموتو، موسى موهاتي] 2023-03-07"]);
  });
});

describe("calls told with an adverb", () => {
  it("reads بحث … هاتفيا مع as a call with no known caller", () => {
    const x = run(
      "بحث رئيس الوزراء الإسباني بيدرو سانشيز هاتفيا، يوم 2 يونيو 2025، مع الرئيس البرازيلي لولا دا سيلفا العلاقات الثنائية.",
    );
    expect(x.events.map((e) => [e.type, e.initiator, e.participants.length, e.date])).toEqual([
      ["CALL", null, 2, "2025-06-02"],
    ]);
  });
});

describe("meetings, visits and signings", () => {
  it("finds a meeting with التقى and the object after ب", () => {
    const x = run(
      "وفي 12 أبريل 2022 التقى سفير تونس لدى ألمانيا كمال بن يوسف، بنائب وزير الخارجية الألماني توبياس لندنر.",
    );
    expect(events(x)).toEqual(["MEETING -→[كمال بن يوسف، توبياس لندنر] 2022-04-12"]);
  });
  it("makes the host the initiator of استقبل", () => {
    const x = run(
      "استقبل الرئيس الغاني جون ماهاما، يوم الخميس 6 مارس 2025، وزير الخارجية الفرنسي جان نويل بارو.",
    );
    const [e] = x.events;
    expect(e?.type).toBe("MEETING");
    expect(e?.cameo).toBe("043");
    expect(x.persons.find((p) => p.id === e?.initiator)?.nameAr).toBe("جون ماهاما");
  });
  it("finds a visit with its place and visitor", () => {
    const x = run(
      "قام رئيس الوزراء الماليزي أنور إبراهيم بزيارة رسمية إلى القاهرة في 15 يوليو 2024.",
    );
    expect(x.events.map((e) => [e.type, e.date, e.placeCountry])).toEqual([
      ["VISIT", "2024-07-15", "EG"],
    ]);
  });
  it("names the place as written, less only the clitic letters", () => {
    const place = (where: string) =>
      run(
        `استقبل وزير الخارجية المغربي ناصر بوريطة ${where} يوم 9 أبريل 2019 وزير الخارجية الروسي سيرغي لافروف.`,
      ).events.map((e) => [e.place, e.placeCountry]);
    expect(place("في باريس")).toEqual([["باريس", "FR"]]);
    expect(place("بموسكو")).toEqual([["موسكو", "RU"]]);
    expect(place("بالرباط")).toEqual([["الرباط", "MA"]]);
  });
  it("finds a signing with its agreement, parties and signatories", () => {
    const x = run(
      "وقع وزير الخارجية الأردني أيمن الصفدي ونظيره القبرصي كونستانتينوس كومبوس، يوم 20 مارس 2023، مذكرة تفاهم للتعاون في مجال الطاقة المتجددة.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["SIGNING"]);
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]?.parties).toEqual(["CY", "JO"]);
    expect(x.agreements[0]?.date).toBe("2023-03-20");
    expect(x.agreements[0]?.signatories).toHaveLength(2);
    expect(x.events[0]?.agreement).toBe(x.agreements[0]?.id);
  });
  it("needs a document for وقع to be a signing", () => {
    const x = run("وقع الحادث في 3 مايو 2021 قرب الحدود بحضور السفير الإيطالي ماركو بيروني.");
    expect(x.events).toEqual([]);
  });
  it("resolves الوزيران to the two ministers of the latest meeting", () => {
    const x = run(
      "أجرى وزير الخارجية الإيرلندي سيمون هاريس، في 2 مايو 2024، مباحثات مع وزير الخارجية التشيلي ألبرتو فان كلافيرين.\nوفي ختام المباحثات، وقع الوزيران اتفاقية للتعاون الثقافي بين البلدين.",
    );
    expect(events(x)).toEqual([
      "MEETING -→[سيمون هاريس، ألبرتو فان كلافيرين] 2024-05-02",
      "SIGNING -→[سيمون هاريس، ألبرتو فان كلافيرين] 2024-05-02",
    ]);
  });
});

describe("possessive event nouns", () => {
  it("reads خلال لقائها with a date and a comma before the guest as the meeting itself", () => {
    const x = run(
      "ناقشت لجنة الشؤون الخارجية في البرلمان، برئاسة النائب سامر حداد، خلال لقائها اليوم الأحد، السفير الياباني لدى المملكة كينجي تاناكا، العلاقات الثنائية.",
      "2026-01-18",
    );
    expect(events(x)).toEqual(["MEETING -→[سامر حداد، كينجي تاناكا] 2026-01-18"]);
  });
});

describe("plurals spelt like duals", () => {
  it("keeps the pair of an earlier event out of a reception by 'a number of senior officials'", () => {
    const x = run(
      "بعث الرئيس الفنلندي ألكسندر ستوب رسالة إلى الرئيس الإستوني ألار كاريس يوم 2 مايو 2024.\nووصل وزير الخارجية الفنلندي إلينا فالتونين إلى تالين يوم 3 مايو 2024، وكان في استقبالها وزير الخارجية الإستوني مارغوس تساهكنا وعدد من كبار المسؤولين.",
    );
    const meeting = x.events.find((e) => e.type === "MEETING");
    expect(meeting?.participants.length).toBe(2);
  });
});

describe("what is not an event", () => {
  it("skips negated events", () => {
    const x = run(
      "لم يلتق وزير الخارجية النرويجي إسبن بارث إيدي بنظيره السويدي توبياس بيلستروم في 3 مايو 2024.",
    );
    expect(x.events).toEqual([]);
  });
  it("skips words that refer back to an event already told", () => {
    const x = run(
      "وخلال هذا اللقاء، نقل وزير الخارجية البلجيكي ماكسيم بريفو تحيات رئيس الوزراء البلجيكي بارت دي فيفر.",
    );
    expect(x.events).toEqual([]);
  });
  it("marks announced events as planned", () => {
    const x = run(
      "سيلتقي وزير الخارجية الهولندي كاسبار فيلدكامب بنظيره البولندي رادوسلاف سيكورسكي في 9 يونيو 2025.",
      "2025-06-01",
    );
    expect(events(x)).toEqual([
      "MEETING -→[كاسبار فيلدكامب، رادوسلاف سيكورسكي] 2025-06-09 planned",
    ]);
  });
  it("takes no later day for a plan when the story's date is only its first event's", () => {
    // No publication date: the first date read is an event's, and the next days are not future.
    const x = run(
      "استقبل وزير الخارجية الهولندي كاسبار فيلدكامب، يوم 3 مارس 2025، السفير البولندي رادوسلاف سيكورسكي.\nواستقبل وزير الخارجية الهولندي كاسبار فيلدكامب، يوم 5 مارس 2025، السفير البرتغالي جواو كرافينيو.",
    );
    expect(x.events.map((e) => [e.date, e.planned])).toEqual([
      ["2025-03-03", false],
      ["2025-03-05", false],
    ]);
  });
  it("reads nothing from headline lists under a related-news marker", () => {
    const x = run(
      "أجرى وزير الخارجية البرتغالي جواو كرافينيو اتصالا هاتفيا مع وزير الخارجية اليوناني جيورجوس جيرابيتريتيس في 2 فبراير 2025.\nأخبار ذات صلة\nالرئيس الأرجنتيني خافيير ميلي يلتقي رئيس الوزراء الإيطالي…\nوزير الخارجية الكوري يجري اتصالا مع نظيره…",
    );
    expect(x.events).toHaveLength(1);
    expect(x.persons.map((p) => p.nameAr)).not.toContain("خافيير ميلي");
  });
  it("reads a paragraph printed twice once", () => {
    const p =
      "التقى سفير السنغال لدى فرنسا الحاج مامادو ديوب، بوزير الخارجية الفرنسي جان نويل بارو في 5 يناير 2025.";
    const x = run(`${p}\n${p}`);
    expect(x.events).toHaveLength(1);
    expect(x.diagnostics.map((d) => d.code)).toContain("repeated-paragraphs");
  });
});

describe("persons found by pattern", () => {
  it("takes role and country from the title and marks the Latin name as romanized", () => {
    const x = run("قال سفير البرازيل لدى مصر بيدرو لوباتو إن العلاقات متينة.");
    const p = x.persons.find((q) => q.nameAr === "بيدرو لوباتو");
    expect(p?.country).toBe("BR");
    expect(p?.role).toBe("Ambassador to Egypt");
    expect(p?.nameEnSource).toBe("romanized");
    expect(p?.source).toBe("pattern");
  });
  it("finds a later mention by surname alone", () => {
    const x = run(
      "قال وزير الخارجية البيروفي إلمر شيالر إن بلاده تدعم الحوار.\nوالتقى شيالر في 3 مارس 2025 بوزير الخارجية الكولومبي لويس موريو.",
    );
    expect(events(x)).toEqual(["MEETING -→[إلمر شيالر، لويس موريو] 2025-03-03"]);
  });
  it("keeps provenance offsets that point into the original text", () => {
    const text =
      "مقدمة قصيرة.\nأجرى وزير الخارجية التشيكي يان ليبافسكي اتصالا هاتفيا مع وزير الخارجية السلوفاكي يوراي بلانار في 8 مايو 2024.";
    const x = run(text);
    const ev = x.events[0]?.evidence;
    expect(ev).toBeDefined();
    if (ev) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev?.text.startsWith("أجرى")).toBe(true);
  });
});

describe("bad input", () => {
  it("gives diagnostics, not errors, for empty and non-Arabic text", () => {
    expect(run("").diagnostics.map((d) => d.code)).toContain("empty");
    expect(run("Just some English text about nothing.").diagnostics.map((d) => d.code)).toContain(
      "not-arabic",
    );
  });
  it("survives a very long article", () => {
    const para =
      "أجرى وزير الخارجية البرتغالي جواو كرافينيو اتصالا هاتفيا مع وزير الخارجية اليوناني جيورجوس جيرابيتريتيس في 2 فبراير 2025.\n";
    const x = run(para.repeat(8000));
    expect(x.diagnostics.map((d) => d.code)).toContain("truncated");
    expect(x.events.length).toBeGreaterThanOrEqual(1);
  });
});
