/**
 * Level themes are data (library/data/themes.json), validated by the library's schema at load; generators and
 * layouts read them from here.
 */
export { THEMES, THEME_IDS, type Theme, type ThemeId, type Furnishing } from '../../library/themes.js';
