/** Words for people (with pronoun, height and build) and for poses; the data is library/data/lexicon/people.json. */
export { PERSON_WORDS, POSE_WORDS, TITLE_WORDS, PERSON_ACTIONS, COSTUME_WORDS } from '../../library/vocabulary.js';
