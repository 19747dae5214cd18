/**
 * Whether a word is English: a misspelt prop ("barells", "chiar") is corrected to the nearest prop word, but a
 * real word the lexicon lacks ("coffee", "diner") must never be — "coffee" is no misspelt "coffer". The list is
 * word-list's 274,000 English words, read once, the first time a word needs checking.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
