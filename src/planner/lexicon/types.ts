/**
 * The shapes of the offline planner's vocabulary, inferred from the library's schemas (library/vocabulary.ts):
 * the built-in word lists and a user's library file are checked by the same definitions.
 */
export type {
  PropWord, PersonWord, PoseWords, PlaceWord, TimeWords, WeatherWords, EraWords, GenreProfile, MoodWord, MaterialWord, SizeWords,
} from '../../library/vocabulary.js';
