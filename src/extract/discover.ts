import { ACTOR_NAMES, ACTOR_SHORT_NAMES } from "./lexicon/actors.js";
import { COUNTRY_PHRASES, nisbaCountry } from "./lexicon/countries.js";
import { PhraseIndex } from "./lexicon/phrases.js";
import { HONORIFICS, isEventWord, isNonNameWord, NAME_PARTICLES, TITLES } from "./lexicon/words.js";
import { type Discovered, royalByFirstName, skipFiller, titleAt } from "./persons.js";
import type { Token } from "./text/tokens.js";

/**
 * Persons the dictionary does not know, found from the words around a name: a title or an
 * honorific before it, a title right after it (X، وزير الخارجية), or a relational adjective in a
 * list of counterparts (نظرائه الفرنسي X والمالي Y).
 */

/** Given names and name parts that begin with و (the folded forms). */
const WAW_NAMES = /^(وليد|وائل|واءل|وديع|وهب|وفيق|وجدي|وسام|وصفي|وحيد|وزان|ويليام|وليام|ويل|ولي)/;

function honorificAt(tokens: readonly Token[], i: number): { end: number } | undefined {
  const h = HONORIFICS.matchAt(tokens, i, false);
  return h ? { end: h.end } : undefined;
}

/** Two or three name-like words right at `j`: how a person not in the dictionary is found. */
function nameAt(
  tokens: readonly Token[],
  j: number,
  afterTitle = false,
): { start: number; end: number } | undefined {
  // Right after a title, على opening a name is Ali spelt with a final ى (على رضا).
  const aliFirst = afterTitle && tokens[j]?.text === "علي" && tokens[j]?.maqsura === true;
  // After عبد comes one of the names of God (عبد السلام، عبد الرحمن): part of the name, whatever
  // else the word means.
  const afterAbd = (t: Token) => tokens[tokens.indexOf(t) - 1]?.text === "عبد";
  const isNameWord = (t: Token | undefined) =>
    t !== undefined &&
    t.kind === "word" &&
    t.text.length >= 2 &&
    (!isNonNameWord(t.text) || isAli(t) || (aliFirst && t === tokens[j]) || afterAbd(t)) &&
    COUNTRY_PHRASES.matchAt(tokens, tokens.indexOf(t)) === undefined &&
    nisbaCountry(t.text) === undefined;
  const words: number[] = [];
  let k = j;
  // Gulf and Maghreb names chain with particles (محمد بن سعود بن خالد آل سعود): eight words at most.
  while (words.length < (words.some((w) => NAME_PARTICLES.has(tokens[w]?.text ?? "")) ? 8 : 4)) {
    const t = tokens[k];
    if (t?.kind !== "word") break;
    // "الله" inside a name (عين الله، قريب الله، عبد الله) binds like a particle.
    if (t.text === "الله" && words.length > 0) {
      words.push(k);
      k++;
      continue;
    }
    const particle = NAME_PARTICLES.has(t.text);
    const prev = tokens[k - 1];
    const afterParticle = prev !== undefined && words.length > 0 && NAME_PARTICLES.has(prev.text);
    // The article, bare or after a proclitic (للشرق، والرئيس); a hamza alef is no article
    // (ألكسندر), nor is كال at the start of a word (كالا، كالفو): "like the" is rare before names.
    const article =
      (t.text.startsWith("ال") && !t.hamza) || /^((و|ف)(ب|ل|ك)?|ب)ال|^لل/.test(t.text);
    // A surname may carry the article (محمد الشناوي), but a name never starts with it.
    // …unless a particle follows it at once (الدي ولد الزين، الناني ولد اشروقه).
    const particleNext = NAME_PARTICLES.has(tokens[k + 1]?.text ?? "");
    if (!particle && !afterParticle && article && words.length === 0 && !particleNext) break;
    if (article && words.length === 0 && particleNext) {
      if (!isNameWord(t)) break;
      words.push(k);
      k++;
      continue;
    }
    if (!particle && !afterParticle && article) {
      if (isNameWord(t)) {
        words.push(k);
        k++;
        // محمد الأمين ولد الذهبي: a particle after it carries the name on.
        if (NAME_PARTICLES.has(tokens[k]?.text ?? "")) continue;
      }
      break;
    }
    if (!particle && !isNameWord(t)) break;
    // Past the first word, و starts the next person (عباس ودحلان) unless a name begins so.
    if (words.length > 0 && !particle && /^و/.test(t.text) && !WAW_NAMES.test(t.text)) break;
    words.push(k);
    k++;
    const hasParticle = words.some((w) => NAME_PARTICLES.has(tokens[w]?.text ?? ""));
    if (words.length >= 2 && !particle) {
      // A third plain word only when the name then ends at punctuation (جان نويل بارو،).
      if (words.length === 2 && !hasParticle) {
        const third = tokens[k];
        const after = tokens[k + 1];
        if (
          isNameWord(third) &&
          !third?.text.startsWith("ال") &&
          (after === undefined || after.kind === "punct")
        ) {
          words.push(k);
          k++;
        }
        break;
      }
      // A chain of particles goes on (محمد بن عبدالعزيز بن صالح الخليفي), and may end in a
      // family name with the article (خالد بن هاشل المصلحي) when a boundary follows it.
      if (words.length >= 3 && !NAME_PARTICLES.has(tokens[k]?.text ?? "")) {
        const next = tokens[k];
        if (
          hasParticle &&
          next?.text.startsWith("ال") &&
          isNameWord(next) &&
          isBoundary(tokens, k + 1)
        ) {
          words.push(k);
          k++;
        }
        break;
      }
    }
  }
  const last = tokens[k - 1];
  if (words.length < 2 || (last && NAME_PARTICLES.has(last.text))) return undefined;
  // على before two words could be "on" (على أهمية التعاون): Ali only with a full name that ends
  // at a clear boundary.
  if (aliFirst && (words.length < 3 || !isBoundary(tokens, k))) return undefined;
  return { start: j, end: extendName(tokens, k, isNameWord) };
}

/**
 * Long names (جواو مانويل غونسالفيس لورنسو): more name-like words are taken when the name then
 * ends at a clear boundary (punctuation, the end, a title, a grammar word), never in mid-phrase.
 */
function extendName(
  tokens: readonly Token[],
  k: number,
  isNameWord: (t: Token | undefined) => boolean,
): number {
  let best = k;
  let e = k;
  while (e - k < 3) {
    const t = tokens[e];
    // A word with the article (البلاد، الصادرات) is a common noun more often than a surname here.
    if (
      !isNameWord(t) ||
      NAME_PARTICLES.has(t?.text ?? "") ||
      /^(و|ف)?(ب|ل)?ال/.test(t?.text ?? "")
    )
      break;
    e++;
    if (isBoundary(tokens, e)) best = e;
  }
  return best;
}

function isBoundary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return true;
  return (
    // و before the next word starts another conjunct (… لودريون والمالي …).
    (t.text.startsWith("و") && t.text.length > 3 && !WAW_NAMES.test(t.text)) ||
    TITLES.matchAt(tokens, i) !== undefined ||
    HONORIFICS.matchAt(tokens, i) !== undefined ||
    nisbaCountry(t.text) !== undefined ||
    isNonNameWord(t.text)
  );
}

/**
 * First pass over a story: persons introduced by a title and a name that the dictionary does
 * not know, so that later bare mentions of their surname are found too.
 */
export function discoverPersons(sentences: readonly (readonly Token[])[]): PhraseIndex<Discovered> {
  const index = new PhraseIndex<Discovered>();
  for (const tokens of sentences) {
    // After "his counterparts", each relational adjective introduces one of them by name
    // (نظرائه المصري X والإماراتي Y والفرنسي Z).
    const listOfCounterparts = tokens.some((t) => COUNTERPART_PLURALS.has(t.text));
    for (let i = 0; i < tokens.length; i++) {
      if (listOfCounterparts && nisbaCountry(tokens[i]?.text ?? "", { personContext: true })) {
        const j = skipFiller(tokens, i + 1);
        const name =
          ACTOR_NAMES.matchAt(tokens, j) || TITLES.matchAt(tokens, j)
            ? undefined
            : nameAt(tokens, j);
        if (name) {
          addDiscovered(
            index,
            tokens.slice(name.start, name.end).map((t) => t.text),
          );
          i = name.end - 1;
          continue;
        }
      }
      // A title, or an honorific on its own (السيدة …، الشيخ …), introduces a name.
      const title = titleAt(tokens, i) ?? honorificAt(tokens, i);
      if (!title) continue;
      // …or a title follows it in apposition (توم براك، المبعوث الأمريكي).
      const head = tokens[i]?.text ?? "";
      const genitive = head.startsWith("ل") && !head.startsWith("ال");
      const before = genitive ? undefined : nameBefore(tokens, i);
      if (before)
        addDiscovered(
          index,
          tokens.slice(before.start, before.end).map((t) => t.text),
        );
      const j = skipFiller(tokens, title.end);
      // السلطان هيثم مراسم …: a royal's first name, not the start of an unknown name.
      if (royalByFirstName(tokens, j, undefined)) continue;
      if (
        ACTOR_NAMES.matchAt(tokens, j) ||
        ACTOR_SHORT_NAMES.matchAt(tokens, j) ||
        TITLES.matchAt(tokens, j)
      )
        continue;
      const name = nameAt(tokens, j, true);
      if (!name) continue;
      addDiscovered(
        index,
        tokens.slice(name.start, name.end).map((t) => t.text),
      );
      i = name.end - 1;
    }
  }
  return index;
}

/** The name Ali, spelt with ya: folding makes it look like the preposition على. */
function isAli(t: Token): boolean {
  return t.text === "علي" && t.maqsura !== true;
}

function addDiscovered(index: PhraseIndex<Discovered>, words: string[]): void {
  const key = words.join(" ");
  const person: Discovered = { key, tokens: words };
  index.add(key, person);
  const surname = words
    .slice(NAME_PARTICLES.has(words[words.length - 2] ?? "") ? -2 : -1)
    .join(" ");
  // Two letters (لي، يي) are too short to stand alone: و+لي reads as one of them.
  if (!isNonNameWord(surname) && surname.length >= 3) index.add(surname, person);
}

/**
 * The name right before a title in apposition: two to four name-like words, the one next to
 * the title possibly with the article (محمد الشناوي، وزير …), after a clear start (punctuation,
 * a grammar or event word).
 */
function nameBefore(
  tokens: readonly Token[],
  i: number,
): { start: number; end: number } | undefined {
  let end = i;
  const comma = tokens[end - 1]?.text === "," || tokens[end - 1]?.text === "،";
  if (comma) end--;
  // A name in quotes before its title ("جونغ يون دو" نائب الوزير).
  const quoted = /^["”»]$/.test(tokens[end - 1]?.text ?? "");
  if (quoted) end--;
  let k = end - 1;
  const words: number[] = [];
  while (k >= 0 && words.length < 4) {
    const t = tokens[k];
    if (t?.kind !== "word" || !plainNameWord(tokens, k)) break;
    const article = /^(و|ف)?(ب|ل)?ال/.test(t.text) && !t.hamza;
    if (article && words.length > 0) break;
    if (/^و/.test(t.text) && words.length > 0 && !NAME_PARTICLES.has(t.text)) break;
    words.unshift(k);
    k--;
  }
  if (words.length < 2) return undefined;
  const first = tokens[words[0] ?? 0];
  if (first && /^(و|ف)?(ب|ل)?ال/.test(first.text) && !first.hamza) return undefined;
  if (ACTOR_NAMES.matchAt(tokens, words[0] ?? 0)) return undefined;
  // Without a comma, only after a clear start: punctuation, an event word, a time word or مع.
  const prev = tokens[(words[0] ?? 0) - 1];
  const clearStart =
    prev === undefined ||
    prev.kind === "punct" ||
    isEventWord(prev.text) ||
    START_WORDS.has(prev.text) ||
    endsPlace(tokens, (words[0] ?? 0) - 1);
  if (!comma && !quoted && !clearStart) return undefined;
  if (!comma && /^[لب]/.test(first?.text ?? "")) return undefined;
  return { start: words[0] ?? 0, end };
}

const COUNTERPART_PLURALS = new Set([
  "نظرايه",
  "نظراءه",
  "ونظرايه",
  "نظرائه",
  "نظيريه",
  "نظيرتيه",
  "نظرايها",
  "نظيريها",
]);
const START_WORDS = new Set(["مع", "اليوم", "امس", "الي", "من", "و", "بين"]);

/** Whether a country or city name ends at token `k` (… بقصر قرطاج X Y، …). */
function endsPlace(tokens: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 2); j <= k; j++) {
    const m = COUNTRY_PHRASES.matchAt(tokens, j);
    if (m && m.end === k + 1) return true;
  }
  return false;
}

function plainNameWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    t.text.length >= 2 &&
    (!isNonNameWord(t.text) || isAli(t)) &&
    COUNTRY_PHRASES.matchAt(tokens, k) === undefined &&
    nisbaCountry(t.text) === undefined &&
    TITLES.matchAt(tokens, k) === undefined &&
    HONORIFICS.matchAt(tokens, k) === undefined
  );
}
