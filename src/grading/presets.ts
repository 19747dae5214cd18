/**
 * Grade presets are data (library/data/grades.json), validated by the library's schema at load; user libraries
 * add to the same registry.
 */
export { GRADE_PRESETS, GRADE_CATEGORIES, getGradePreset, gradePresetIds, gradePresets, registerGradePresets } from '../library/grades.js';
