/**
 * Words with their parts of speech, from compromise: sentences, clause breaks, number values and verb lemmas.
 * The parser works on these flat token lists; compromise's own phrase grouping is too loose for spatial
 * language ("against" tagged as an adjective, "next" folded into a noun phrase).
 */
import nlp from 'compromise';

export interface Token {
  /** Lowercase, punctuation stripped. */
  word: string;
  tags: ReadonlySet<string>;
  /** Cardinal value of a number word or digits ("three", "12"). */
  value?: number;
  /** Verb lemma ("sits" → "sit"). */
  lemma?: string;
  /** A clause ends after this token (sentence end, ";", ", and", ", while" …). */
  clauseEnd: boolean;
  /** A comma (or other pause) follows: phrases do not run across it. */
  comma: boolean;
  /** Written with a capital letter (names), not counting all-caps screenplay words. */
  cap: boolean;
  /** Written in capitals throughout (screenplay character cues: "DETECTIVE MORGAN"). */
  caps: boolean;
}

export interface Sentence {
  text: string;
  tokens: Token[];
}

interface TermJson {
  text: string;
  normal?: string;
  tags?: string[];
  post?: string;
  pre?: string;
}

const CLAUSE_JOINERS = new Set(['and', 'while', 'as', 'where', 'whilst', 'but', 'then']);

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

export function tokenize(text: string): Sentence[] {
  const doc = nlp(text);
  const out: Sentence[] = [];
  for (const s of doc.sentences().json() as { text: string; terms: TermJson[] }[]) {
    const tokens: Token[] = [];
    s.terms.forEach((t, i) => {
      const written = (t.normal ?? t.text).toLowerCase().replace(/[^\p{L}\p{N}'-]+/gu, '');
      // "Mara's", "the knights'": the possessor's own word, marked possessive (never a new noun "mara'").
      const word = written.replace(/'s$|(?<=s)'$/u, '');
      if (!word) return;
      const tags = new Set(t.tags ?? []);
      if (word !== written) tags.add('Possessive');
      const post = t.post ?? '';
      const next = s.terms[i + 1];
      const nextWord = (next?.normal ?? next?.text ?? '').toLowerCase();
      // "Mr." and "Dr." end nothing: an honorific's full stop is an abbreviation's.
      const abbreviation = /^\.\s*$/.test(post) && tags.has('Honorific') && !!next;
      const clauseEnd = !abbreviation && (/[.;:!?]/.test(post) || (/,/.test(post) && CLAUSE_JOINERS.has(nextWord)));
      const digits = /^\d+(\.\d+)?$/.test(word) ? Number(word) : undefined;
      const value = digits ?? WORD_NUMBERS[word];
      const raw = t.text.replace(/[^\p{L}]/gu, '');
      const caps = raw.length > 1 && raw === raw.toUpperCase();
      const cap = !caps && /^\p{Lu}/u.test(raw);
      tokens.push({ word, tags, ...(value !== undefined ? { value } : {}), clauseEnd, comma: !abbreviation && (/[,;:()\u2013\u2014]\s*$|\s-+\s*$/.test(post) || clauseEnd), cap, caps });
    });
    attributiveParticiples(tokens);
    verbsAfterSubjects(tokens);
    if (tokens.length) out.push({ text: s.text.trim(), tokens });
  }
  // Verb lemmas from compromise's conjugation, matched back by surface form.
  const lemmas = new Map<string, string>();
  for (const v of doc.verbs().json() as { text: string; verb?: { infinitive?: string } }[]) {
    const inf = v.verb?.infinitive?.split(' ')[0];
    const head = v.text.toLowerCase().replace(/[^\p{L}\s'-]+/gu, '').split(/\s+/).filter(Boolean);
    if (inf) for (const w of head) if (!lemmas.has(w)) lemmas.set(w, inf);
  }
  for (const s of out) for (const t of s.tokens) if (t.tags.has('Verb') && lemmas.has(t.word)) t.lemma = lemmas.get(t.word)!;
  return out;
}

/**
 * "a stooped watchmaker", "the frightened child": a participle between a determiner and its noun describes the noun;
 * compromise tags it a verb, which would make it the clause's action and split the noun phrase.
 */
function attributiveParticiples(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!t.tags.has('Verb') || !/(ed|en|ing)$/.test(t.word) || !before?.tags.has('Determiner') || before.comma || t.comma) return;
    if (!after || !(after.tags.has('Noun') || after.tags.has('Adjective')) || after.tags.has('Pronoun')) return;
    t.tags = new Set(['Adjective']);
  });
}

/** Words that are prepositions before an article or a possessive ("rides past the office"), whatever compromise tags them. */
const PREPOSITIONS = new Set(['past', 'through', 'across', 'beyond', 'toward', 'towards', 'along', 'around', 'over', 'under', 'into', 'outside', 'inside', 'above', 'below', 'beneath', 'behind']);

/**
 * "A cowboy rides past the sheriff's office": compromise reads "rides" and "past" as nouns, which would run the
 * subject, the verb and the preposition into one noun phrase. A plural after a person noun and before a preposition
 * or an article is the person's verb; a preposition word before an article is a preposition.
 */
function verbsAfterSubjects(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const beforeArticle = !!next && !t.comma && (next.tags.has('Determiner') || next.tags.has('Possessive') || PREPOSITIONS.has(next.word));
    if (PREPOSITIONS.has(t.word) && beforeArticle && (t.tags.has('Noun') || t.tags.has('Adjective'))) t.tags = new Set(['Preposition']);
    const prev = tokens[i - 1];
    if (!prev || prev.comma || !t.tags.has('Noun') || t.tags.has('Possessive')) return;
    // "the knight shields the king": two noun phrases never meet head to head, so a plural between a singular
    // noun and an article is that noun's verb (compromise knows "shields" only as a noun).
    const singularSubject = prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Possessive') && (prev.tags.has('Actor') || tokens[i - 2]?.tags.has('Determiner'));
    const beforeDeterminer = !!next && (next.tags.has('Determiner') || (prev.tags.has('Actor') && beforeArticle));
    if (singularSubject && t.tags.has('Plural') && /[^s]s$/.test(t.word) && beforeDeterminer) {
      t.tags = new Set(['Verb', 'PresentTense']);
      t.lemma = t.word.slice(0, -1);
      return;
    }
    // "guard towers loom over the yard", "pines tower over the cabin": a compound's modifier is singular, so a
    // singular after a plural noun and before a preposition or an article is the plural's verb.
    // Not when the plural is itself a person's verb ("a chef plates food at the pass").
    const actorBefore = tokens[i - 2]?.tags.has('Actor') && !tokens[i - 2]!.tags.has('Plural');
    const afterPlural = prev.tags.has('Plural') && /s$/.test(prev.word) && !PLURAL_MODIFIERS.has(prev.word) && !actorBefore;
    const beforePreposition = !!next && (next.tags.has('Preposition') || PREPOSITIONS.has(next.word) || next.tags.has('Determiner'));
    if (afterPlural && !t.tags.has('Plural') && !t.tags.has('Value') && beforePreposition) {
      t.tags = new Set(['Verb', 'PresentTense']);
      t.lemma = t.word;
    }
  });
}

/** Plurals that do modify a noun ("a sales office", "the sports car", "an arms dealer"). */
const PLURAL_MODIFIERS = new Set(['sales', 'arms', 'sports', 'goods', 'news', 'savings', 'clothes', 'glasses', 'parts', 'customs', 'works', 'ladies', 'mens', 'kids', 'visitors', 'officers', 'arts', 'crafts', 'letters', 'games', 'systems', 'operations', 'communications', 'admissions', 'arrivals', 'departures', 'antiques', 'spirits', 'drinks', 'fireworks', 'waterworks', 'gardens', 'stores', 'stairs', 'dogs', 'cats']);

/** How English a text looks: the share of its words compromise knows as dictionary words or that are short function words. */
export function englishShare(sentences: Sentence[]): number {
  let known = 0;
  let total = 0;
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!/\p{L}/u.test(t.word)) continue;
      total++;
      const tagged = [...t.tags].some((tag) => !['Noun', 'Singular', 'ProperNoun', 'Acronym'].includes(tag));
      if (tagged || ENGLISH_COMMON.has(t.word)) known++;
    }
  }
  return total ? known / total : 0;
}

const ENGLISH_COMMON = new Set(['the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'to', 'with', 'is', 'are', 'there', 'room', 'table', 'man', 'woman', 'night', 'day']);

/** Words of the text, as one lowercase string with single spaces, for phrase searches. */
export const flat = (tokens: Token[]) => ` ${tokens.map((t) => t.word).join(' ')} `;

/** Whether any of the words or phrases occurs whole in a `flat` text. */
export function matchAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(` ${w} `));
}
