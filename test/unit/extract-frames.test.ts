import { describe, expect, it } from "vitest";
import { events, run } from "./support/extract.js";

describe("written messages", () => {
  it("makes the one after من the sender when the subject received the message", () => {
    const x = run(
      "تلقى رئيس الوزراء الفنلندي يوهان لندبرغ، يوم 2 مارس 2024، رسالة خطية من رئيس الوزراء الإستوني كارل تامسار.",
    );
    expect(events(x)).toEqual(["MESSAGE كارل تامسار→[كارل تامسار، يوهان لندبرغ] 2024-03-02"]);
  });

  it("makes the subject the sender of بعث … رسالة إلى", () => {
    const x = run(
      "بعث الرئيس البيروفي ماريو كاستيلو برقية تهنئة إلى الرئيس الإكوادوري لويس مورينو، يوم 5 يونيو 2023.",
    );
    expect(events(x)).toEqual(["MESSAGE ماريو كاستيلو→[ماريو كاستيلو، لويس مورينو] 2023-06-05"]);
  });

  it("leaves out the carrier who only handed the message over, and counts the handing over as a meeting", () => {
    const x = run(
      "سلم وزير الخارجية التشيكي يان كوبيتس إلى الرئيس السلوفاكي بيتر هورفاث رسالة من الرئيس التشيكي ميلان دفوراك.",
    );
    // The carrier is no party to the message, but handing it over was a meeting with the addressee.
    expect(events(x)).toEqual([
      "MESSAGE ميلان دفوراك→[ميلان دفوراك، بيتر هورفاث] undated",
      "MEETING -→[يان كوبيتس، بيتر هورفاث] undated",
    ]);
  });

  it("takes no message from an invitation given as the reason for a trip", () => {
    const x = run(
      "توجه الرئيس البوليفي خوان أرسي إلى باريس تلبية لدعوة من الرئيس الفرنسي غاستون ميرو.",
    );
    expect(x.events.map((e) => e.type)).not.toContain("MESSAGE");
  });
});

describe("summits", () => {
  it("makes the subject of شارك في an attendee and reads the summit's own date", () => {
    const x = run(
      "شارك رئيس الوزراء البلغاري نيكولاي ستانيف يوم 12 يوليو 2023 في قمة حلف شمال الأطلسي.",
    );
    expect(events(x)).toEqual(["SUMMIT -→[نيكولاي ستانيف] 2023-07-12"]);
  });

  it("keeps one summit per story however many attendees are named along the way", () => {
    const x = run(
      "شارك الرئيس الغاني كوفي منساه في القمة الإفريقية يوم 4 فبراير 2024.\nكما شارك الرئيس التوغولي إيدم فوري في القمة الإفريقية.",
    );
    expect(x.events.filter((e) => e.type === "SUMMIT")).toHaveLength(1);
    expect(x.events[0]?.participants).toHaveLength(2);
  });

  it("treats a meeting of ministers of several states as a summit, planned when future", () => {
    const x = run("وستعقد الدول اجتماع وزراء الخارجية العرب الأسبوع المقبل.", "2024-04-01");
    expect(events(x)).toEqual(["SUMMIT -→[] 2024-04 planned"]);
  });

  it("counts a session of the Security Council as a summit of those who take part", () => {
    const x = run(
      "وجاء ذلك بعد مشاركة وزير الخارجية الجزائري أحمد عطاف يوم 20 مارس 2024 في جلسة مجلس الأمن الدولي حول غزة.",
    );
    expect(events(x)).toEqual(["SUMMIT -→[أحمد عطاف] 2024-03-20"]);
  });

  it("finds no summit in a press conference or a football match", () => {
    expect(run("وقال الوزير البلجيكي توم فرانكن في مؤتمر صحفي إن المحادثات مفيدة.").events).toEqual(
      [],
    );
    expect(run("انتهت مباراة القمة بين الفريقين بالتعادل.").events).toEqual([]);
  });
});

describe("visits by arrival verbs", () => {
  it("counts an arrival abroad as a visit and a return home as none", () => {
    const abroad = run("وصل رئيس الوزراء المالطي جوزيف بورغ إلى القاهرة يوم 9 مايو 2022.");
    expect(events(abroad)).toEqual(["VISIT جوزيف بورغ→[جوزيف بورغ] 2022-05-09"]);
    const home = run("وصل رئيس الوزراء المالطي جوزيف بورغ إلى فاليتا يوم 9 مايو 2022.");
    expect(home.events).toEqual([]);
  });
});

describe("lists of counterparts", () => {
  it("splits a call with several counterparts into one call each", () => {
    const x = run(
      "أجرى وزير الخارجية الكرواتي إيفان رادوش اتصالات هاتفية مع وزير الخارجية السلوفيني ماتيا كوس ووزير الخارجية الروماني غابور نيمث.",
    );
    expect(x.events.filter((e) => e.type === "CALL")).toHaveLength(2);
    for (const e of x.events) expect(e.participants).toHaveLength(2);
  });

  it("reads each counterpart after وكذا and by the Malian nisba, and names beginning with كال", () => {
    const x = run(
      "أجرى وزير الخارجية الغيني موسى كامارا يوم 6 مايو 2021 اتصالات هاتفية مع نظرائه المالي سيدو كوليبالي وكذا النيجري كالو ديالو.",
    );
    expect(events(x).sort()).toEqual([
      "CALL موسى كامارا→[موسى كامارا، سيدو كوليبالي] 2021-05-06",
      "CALL موسى كامارا→[موسى كامارا، كالو ديالو] 2021-05-06",
    ]);
    expect(x.persons.find((p) => p.nameAr === "سيدو كوليبالي")?.country).toBe("ML");
  });

  it("adds the persons named after بحضور to the meeting", () => {
    const x = run(
      "استقبل الرئيس الكيني ديفيد موانغي وزير الخارجية الأوغندي جون أوكيلو، بحضور وزير الخارجية الكيني بيتر كاماو.",
    );
    expect(x.events).toHaveLength(1);
    expect(x.events[0]?.participants).toHaveLength(3);
  });

  it("drops a meeting a source denies", () => {
    const x = run(
      "نفى مصدر رسمي الأنباء عن لقاء جمع الرئيس الكيني ديفيد موانغي ورئيس الوزراء الإثيوبي أبيي ديسالين.",
    );
    expect(x.events).toEqual([]);
  });
});

describe("names", () => {
  it("finds a person introduced by an honorific alone, with a long name up to its boundary", () => {
    const x = run(
      "استقبل وزير الخارجية البرازيلي ماورو فييرا السيدة ماريا أنطونيا فرنانديز غوميز، سفيرة كولومبيا الجديدة.",
    );
    expect(x.persons.map((p) => p.nameAr)).toContain("ماريا أنطونيا فرنانديز غوميز");
  });

  it("reads a minister's portfolio and country before the name", () => {
    const x = run(
      "وقع وزير الصحة والسكان الليتواني أندريوس كوبيليوس مذكرة تفاهم مع نظيره اللاتفي.",
    );
    const p = x.persons.find((q) => q.nameAr === "أندريوس كوبيليوس");
    expect(p?.country).toBe("LT");
  });

  it("reads an institution and its country between a title and the name", () => {
    const x = run(
      "التقى محافظ مصرف تونس المركزي سمير الماجري، يوم 4 أبريل 2024، بسفير البرتغال جواو مانويل.",
    );
    const p = x.persons.find((q) => q.nameAr === "سمير الماجري");
    expect(p).toMatchObject({ country: "TN", role: "Governor" });
    expect(x.events).toHaveLength(1);
  });

  it("keeps a region named after a title out of the person's name", () => {
    const x = run(
      "استقبل والي ولاية شمال كردفان عادل بشير يوم 6 مايو 2024 سفير تركيا أحمد يلدز. والتقى حاكم إقليم دارفور منى أركو في 7 مايو 2024 بسفير تركيا أحمد يلدز.",
    );
    const names = x.persons.map((p) => p.nameAr);
    expect(names).toContain("عادل بشير");
    expect(names).toContain("منى أركو");
    expect(names.some((n) => /ولاية|إقليم|كردفان|دارفور/.test(n))).toBe(false);
  });

  it("reads على after a title as Ali only when a full name follows", () => {
    const x = run(
      "استقبل وزير الخارجية اللبناني يوسف رجي يوم 3 مايو 2024 سفير إيران على رضا كاظمي. وشدد الوزير على أهمية التعاون.",
    );
    expect(x.persons.map((p) => p.nameAr).sort()).toEqual(["على رضا كاظمي", "يوسف رجي"].sort());
  });

  it("keeps the word after عبد in the name, whatever else it means (عبد السلام)", () => {
    const x = run(
      "التقى وزير الدفاع الليبي عبد السلام الزوبي يوم 2 مارس 2025 وزير الخارجية المصري بدر عبد العاطي.",
    );
    expect(x.persons.map((p) => p.nameAr)).toContain("عبد السلام الزوبي");
  });

  it("takes no institution after a title for a person's name", () => {
    const x = run(
      "استقبل الرئيس الغامبي أداما بارو يوم 3 مايو 2024 وزير الخارجية السنغالي ياسين فال، بحضور مدير شرطة الحدود السنغالية ومدير مكتب الرئيس.",
    );
    expect(x.persons.map((p) => p.nameAr).sort()).toEqual(["أداما بارو", "ياسين فال"].sort());
  });

  it("never takes a two-letter surname for a word that ends in it", () => {
    const x = run(
      "ترأس ولي ولي العهد وزير الدفاع، صاحب السمو الملكي الأمير محمد بن سلمان، في بكين اليوم مع نائب رئيس الوزراء الصيني تشين مينغ لي الاجتماع الأول للجنة. ووقع ولي ولي العهد ونائب رئيس الوزراء الصيني على اتفاقية للتعاون في مجال النقل.",
    );
    expect(x.persons.map((p) => p.nameAr)).not.toContain("ولي");
    expect(x.persons.flatMap((p) => p.aliases)).not.toContain("ولي");
  });
});

describe("several senders", () => {
  it("gives one message per sender named after من", () => {
    const x = run(
      "سلم السفير الروسي إيغور بوبوف الرئيس اللبناني جوزيف عون رسالتي تهنئة من الرئيس الروسي فلاديمير بوتين ومن رئيس الوزراء الروسي ميخائيل ميشوستين يوم 22 نوفمبر 2025.",
    );
    const messages = x.events.filter((e) => e.type === "MESSAGE");
    expect(messages).toHaveLength(2);
    for (const m of messages) expect(m.participants).toContain(m.initiator);
    expect(messages.map((m) => m.initiator).sort()).toEqual([
      "mikhail-mishustin",
      "vladimir-putin",
    ]);
  });

  it("reads past a bracketed aside between من and the sender's name", () => {
    const x = run(
      "تسلم الرئيس اللبناني جوزيف عون رسالتي تهنئة من رئيس الحكومة الروسية (مجلس الوزراء الاتحادي) ميخائيل ميشوستين ومن الرئيس الروسي فلاديمير بوتين يوم 22 نوفمبر 2025.",
    );
    const messages = x.events.filter((e) => e.type === "MESSAGE");
    expect(messages.map((m) => m.initiator).sort()).toEqual([
      "mikhail-mishustin",
      "vladimir-putin",
    ]);
  });
});
