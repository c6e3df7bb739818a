import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { Repository } from "../../src/db/repository/repository.js";
import { fold } from "../../src/extract/text/normalize.js";
import { GRAPH_MODEL, loadArticles, loadPaths } from "../../src/load/load.js";
import { prepareGraph } from "../../src/load/prepare.js";
import { clearDatabase } from "./support/db.js";
import { loadSeeds, SEED_CLOCK, SEEDS, testDatabase } from "./support/seeds.js";

interface GoldGraph {
  persons: Record<string, { ar: string[] }>;
  graph: {
    events: {
      key: string;
      type: string;
      date: string;
      initiator?: string;
      participants: string[];
      sources: string[];
    }[];
    agreements: { key: string; date: string; parties: string[]; sources: string[] }[];
    direct_edges: { from: string; type: string; to: string; date: string }[];
  };
}

const gold = JSON.parse(
  readFileSync(new URL("../fixtures/seeds.gold.json", import.meta.url), "utf8"),
) as GoldGraph;

let db: Database;
const ids = new Map<string, string>();

async function fingerprint() {
  return db.read("graph-event-fingerprint");
}
async function counts() {
  return db.read("load-graph-counts");
}
/** Summaries that disagree with the events: DEALT_WITH pairs, then persons' top counterparts. */
async function drift() {
  return [
    ...(await db.read("graph-dealt-with-drift")),
    ...(await db.read("graph-top-counterparts-drift")),
  ];
}
async function pairDrift() {
  const [row] = await db.read("graph-country-pairs-drift");
  return { missing: row?.missing, extra: row?.extra };
}
const NO_PAIR_DRIFT = { missing: [], extra: [] };

beforeAll(async () => {
  db = testDatabase();
  const summary = await loadSeeds(db);
  expect(summary.loaded).toBe(5);
  // Gold persons by any Arabic spelling, through the same name keys analysts' lookups use.
  const keys = Object.entries(gold.persons).flatMap(([, p]) => p.ar.map(fold));
  const rows = await db.read("graph-person-by-name", { keys });
  for (const [name, p] of Object.entries(gold.persons)) {
    const hit = rows.find((r) => p.ar.map(fold).includes(r.key as string));
    if (hit) ids.set(name, hit.id as string);
  }
});

afterAll(async () => {
  await db.close();
});

describe("the seeds as one graph", () => {
  it("holds every gold event once, with its participants, date, caller and sources", async () => {
    const rows = await fingerprint();
    for (const g of gold.graph.events) {
      const people = g.participants.map((p) => ids.get(p));
      const matches = rows.filter(
        (r) =>
          r.kind === "event" &&
          r.type === g.type &&
          r.date === g.date &&
          (r.people as string[]).length === people.length &&
          people.every((id) => (r.people as string[]).some((x) => x.startsWith(`${id}:`))),
      );
      expect(matches, g.key).toHaveLength(1);
      expect(matches[0]?.sources, g.key).toEqual([...g.sources].sort());
      if (g.initiator) expect(matches[0]?.initiator, g.key).toBe(ids.get(g.initiator));
    }
  });

  it("holds exactly one Bourita–Lavrov meeting, reported by two articles", async () => {
    const rows = await fingerprint();
    const bl = [ids.get("Nasser Bourita"), ids.get("Sergey Lavrov")];
    const meetings = rows.filter(
      (r) =>
        r.type === "MEETING" &&
        (r.people as string[]).length === 2 &&
        bl.every((id) => (r.people as string[]).some((x) => x.startsWith(`${id}:`))),
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.sources).toHaveLength(2);
  });

  it("holds the agreements once each, with all their sources and the most precise date", async () => {
    const rows = (await fingerprint()).filter((r) => r.kind === "agreement");
    for (const g of gold.graph.agreements) {
      const matches = rows.filter(
        (r) => r.date === g.date && g.parties.every((p) => (r.people as string[]).includes(p)),
      );
      expect(matches, g.key).toHaveLength(1);
      expect(matches[0]?.sources, g.key).toEqual([...g.sources].sort());
    }
  });

  it("has the direct CALLED and MET edges, Lavrov → Bourita on 2023-03-14 among them", async () => {
    const edges = await db.read("graph-direct-edges");
    for (const g of gold.graph.direct_edges) {
      const hit = edges.find(
        (e) =>
          e.from === ids.get(g.from) &&
          e.to === ids.get(g.to) &&
          e.type === g.type &&
          e.date === g.date,
      );
      expect(hit, `${g.from} ${g.type} ${g.to} ${g.date}`).toBeDefined();
      if (g.type === "CALLED") expect(hit?.directed).toBe(true);
    }
  });

  it("sums up every pair of persons who shared events in DEALT_WITH edges, both ways", async () => {
    const n = (await counts()).find((r) => r.key === "rel:DEALT_WITH")?.n;
    expect(Number(n)).toBeGreaterThan(0);
    expect(await drift()).toEqual([]);
  });

  it("links each pair of countries to the events and agreements between them", async () => {
    const [row] = await db.read("graph-country-pairs-drift");
    expect(Number(row?.links)).toBeGreaterThan(0);
    expect(await pairDrift()).toEqual(NO_PAIR_DRIFT);
  });

  it("draws a call one way from its caller, and both ways when no caller is known", async () => {
    const calls = (await db.read("graph-direct-edges")).filter((e) => e.type === "CALLED");
    const between = (a: unknown, b: unknown, date: string) =>
      calls.filter((e) => e.from === a && e.to === b && e.date === date);
    const golds = gold.graph.events.filter((g: { type: string }) => g.type === "CALL");
    expect(golds.some((g: { initiator?: string }) => !g.initiator)).toBe(true);
    for (const g of golds) {
      const [a, b] = g.participants.map((name: string) => ids.get(name));
      const caller = g.initiator ? ids.get(g.initiator) : null;
      if (caller) {
        const callee = caller === a ? b : a;
        expect(between(caller, callee, g.date), g.key).toHaveLength(1);
        expect(between(callee, caller, g.date), g.key).toHaveLength(0);
      } else {
        for (const [x, y] of [
          [a, b],
          [b, a],
        ]) {
          expect(
            between(x, y, g.date).map((e) => e.directed),
            g.key,
          ).toEqual([false]);
        }
      }
    }
  });
});

describe("loading", () => {
  it("changes nothing when the same articles are loaded again", async () => {
    const before = await counts();
    const print = await fingerprint();
    const again = await loadPaths(db, [SEEDS], { now: SEED_CLOCK });
    expect(again.unchanged).toBe(5);
    expect(await counts()).toEqual(before);
    expect(await fingerprint()).toEqual(print);
  });

  it("draws every article again when the graph model changed, ending where it began", async () => {
    const before = await counts();
    const print = await fingerprint();
    const older = await loadPaths(db, [SEEDS], { now: SEED_CLOCK, graphModel: GRAPH_MODEL - 1 });
    expect(older.replaced).toBe(5);
    const current = await loadPaths(db, [SEEDS], { now: SEED_CLOCK });
    expect(current.replaced).toBe(5);
    expect(current.unchanged).toBe(0);
    expect(await counts()).toEqual(before);
    expect(await fingerprint()).toEqual(print);
  });

  it("replaces the facts of an article whose text changed", async () => {
    const file = "003_82310776f7d92159.txt";
    const original = readFileSync(`${SEEDS}${file}`, "utf8");
    const cut = original
      .split("\n")
      .filter((l) => !l.includes("بوشعرة"))
      .join("\n");
    const summary = await loadArticles(db, [{ file, text: cut }], { now: SEED_CLOCK });
    expect(summary.replaced, JSON.stringify(summary)).toBe(1);
    const rows = await fingerprint();
    const bouchaara = ids.get("Lotfi Bouchaara");
    expect(
      rows.some((r) => (r.people as string[]).some((x) => x.startsWith(`${bouchaara}:`))),
    ).toBe(false);
    expect(rows.some((r) => r.type === "CALL" && r.date === "2023-03-14")).toBe(true);
    // Bouchaara's only counterpart went with the meeting: no summary is left behind.
    expect(await drift()).toEqual([]);
    expect(await pairDrift()).toEqual(NO_PAIR_DRIFT);
    // And back: the original text brings the meeting back.
    await loadArticles(db, [{ file, text: original }], { now: SEED_CLOCK });
    expect(
      (await fingerprint()).some((r) =>
        (r.people as string[]).some((x) => x.startsWith(`${bouchaara}:`)),
      ),
    ).toBe(true);
    expect(await drift()).toEqual([]);
  });

  it("skips a bad article and loads the rest", async () => {
    await clearDatabase(db.driver);
    const good = readFileSync(`${SEEDS}004_1d7d2a90b58ddc9a.txt`, "utf8");
    const summary = await loadArticles(
      db,
      [
        { file: "empty.txt", text: "   " },
        { file: "english.txt", text: "No Arabic here at all." },
        { file: "004_1d7d2a90b58ddc9a.txt", text: good },
      ],
      { now: SEED_CLOCK },
    );
    expect(summary.skipped.map((s) => s.file)).toEqual(["empty.txt", "english.txt"]);
    expect(summary.skipped[0]?.reason).toMatch(/empty/);
    expect(summary.loaded).toBe(1);
    expect((await fingerprint()).some((r) => r.type === "CALL" && r.date === "2025-09-09")).toBe(
      true,
    );
  });

  it("gives the same graph after a load killed mid-way and a new load as after a clean load", async () => {
    await loadSeeds(db);
    const clean = await fingerprint();
    const cleanCounts = await counts();

    await clearDatabase(db.driver);
    await db.applySchema();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "test/integration/support/load-child.ts", SEEDS],
      {
        env: { ...process.env, KG_TEST_NEO4J: JSON.stringify(inject("neo4j")) },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let loaded = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        loaded = Math.max(
          loaded,
          ...[...chunk.toString().matchAll(/loaded (\d+)/g)].map((m) => Number(m[1])),
        );
        if (loaded >= 2) child.kill("SIGKILL");
      });
      child.on("exit", () => resolve());
    });
    expect(loaded).toBeGreaterThanOrEqual(2);
    expect(loaded).toBeLessThan(5);
    const partial = await counts();
    expect(partial, `killed after ${loaded}`).not.toEqual(cleanCounts);

    await loadPaths(db, [SEEDS], { now: SEED_CLOCK });
    expect(await counts()).toEqual(cleanCounts);
    expect(await fingerprint()).toEqual(clean);
  });

  it("keeps DEALT_WITH exact across transactions, and when a report refines a pair's first date", async () => {
    await clearDatabase(db.driver);
    await db.applySchema();
    await loadPaths(db, [SEEDS], { now: SEED_CLOCK, batchSize: 1 });
    expect(await drift()).toEqual([]);

    const BOURITA = ids.get("Nasser Bourita") ?? "";
    const call = (when: string) =>
      `الرباط - وكالات\nأجرى وزير الخارجية المغربي ناصر بوريطة ${when} اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف، بحثا خلاله العلاقات الثنائية.\n`;
    const firstWithLavrov = async () => {
      const [items] = await new Repository(db).personCounterparts([BOURITA], 100);
      return items?.find((i) => i.person.id === ids.get("Sergey Lavrov"))?.firstDate;
    };
    await loadArticles(db, [{ file: "month.txt", text: call("في مارس 2019") }], {
      now: SEED_CLOCK,
    });
    expect(await firstWithLavrov()).toBe("2019-03");
    // The same call, its day now known: the pair's first event moves within the month.
    await loadArticles(db, [{ file: "day.txt", text: call("يوم 6 مارس 2019") }], {
      now: SEED_CLOCK,
    });
    expect(await firstWithLavrov()).toBe("2019-03-06");
    expect(await drift()).toEqual([]);
  });

  it("keeps two like events of one article apart, and counts each once for its pair", async () => {
    // The same meeting in the article and in an appended story, placed apart: two events.
    const text = [
      "الرباط - وكالات",
      "استقبل وزير الخارجية المغربي ناصر بوريطة في الرباط في يناير 2018 وزير الخارجية الروسي سيرغي لافروف.",
      "",
      "اقرأ أيضا:",
      "استقبل وزير الخارجية المغربي ناصر بوريطة في باريس في يناير 2018 وزير الخارجية الروسي سيرغي لافروف، وبحث الجانبان خلال اللقاء العلاقات الثنائية بين البلدين وسبل تعزيزها في مختلف المجالات، إضافة إلى القضايا الإقليمية والدولية ذات الاهتمام المشترك.",
    ].join("\n");
    await loadArticles(db, [{ file: "two-places.txt", text }], { now: SEED_CLOCK });
    const meetings = (await fingerprint()).filter(
      (r) => r.type === "MEETING" && r.date === "2018-01",
    );
    expect(meetings).toHaveLength(2);
    expect(await drift()).toEqual([]);
  });

  it("links a person's earlier events to their country once a later article names it", async () => {
    const call = (envoy: string, day: string) =>
      `وكالات\nأجرى ${envoy} كمال الدين زهراني يوم ${day} اتصالا هاتفيا مع وزير الخارجية الروسي سيرغي لافروف.\n`;
    const relations = async () => {
      const [items] = await new Repository(db).interactions(
        [{ key: "DZ RU", a: "DZ", b: "RU" }],
        { from: null, to: null },
        50,
      );
      return (items ?? []).map((i) => i.node.date);
    };
    await loadArticles(db, [{ file: "envoy-1.txt", text: call("المبعوث الخاص", "3 مارس 2019") }], {
      now: SEED_CLOCK,
    });
    expect(await relations()).toEqual([]);
    await loadArticles(
      db,
      [{ file: "envoy-2.txt", text: call("المبعوث الخاص الجزائري", "9 أبريل 2019") }],
      { now: SEED_CLOCK },
    );
    expect(await relations()).toEqual(["2019-03-03", "2019-04-09"]);
    expect(await pairDrift()).toEqual(NO_PAIR_DRIFT);
  });

  it("loads the seeds at start-up into an empty graph, again into an older one, else not", async () => {
    await clearDatabase(db.driver);
    const logs: string[] = [];
    const stale = async () => (await db.read("load-stale-articles", { model: GRAPH_MODEL }))[0];
    await prepareGraph(db, SEEDS, (m) => logs.push(m));
    expect(logs[0]).toMatch(/empty/);
    expect(Number((await stale())?.total)).toBe(5);

    logs.length = 0;
    await prepareGraph(db, SEEDS, (m) => logs.push(m));
    expect(logs).toEqual([]);

    await loadPaths(db, [SEEDS], { graphModel: GRAPH_MODEL - 1 });
    expect(Number((await stale())?.stale)).toBe(5);
    await prepareGraph(db, SEEDS, (m) => logs.push(m));
    expect(logs[0]).toMatch(/5 of 5 articles were drawn under an older graph model/);
    expect(Number((await stale())?.stale)).toBe(0);
    expect(await drift()).toEqual([]);
  });
});
