/**
 * Places: the words for a setting → the room or ground layout builds, what it is made of, what furnishes it, and
 * the light and grade that suit it; the data is library/data/lexicon/places.json.
 */
export { PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR } from '../../library/vocabulary.js';
