/**
 * Nouns for things → the prop (generator type) that draws them, irregular plurals and size words; the data is
 * library/data/lexicon/props.json. A noun with no prop of its own maps to the closest shape that reads right in a
 * storyboard; nouns with nothing close are left out on purpose so the parser's fallback reports them.
 */
export { PROP_WORDS, IRREGULAR_PLURALS, SIZE_WORDS } from '../../library/vocabulary.js';
