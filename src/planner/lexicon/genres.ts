/** Genres and moods and what each asks of the picture; the data is library/data/lexicon/genres.json. */
export { GENRE_PROFILES, MOOD_WORDS } from '../../library/vocabulary.js';
