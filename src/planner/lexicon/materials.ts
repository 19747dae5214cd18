/** Words for materials → material preset ids; the data is library/data/lexicon/materials.json. */
export { MATERIAL_WORDS } from '../../library/vocabulary.js';
