/** `canvas3d/render`: the browser session, shots to frames, storyboards, swatches, shot grammar and grades. */
export { renderScene, specRenderInput, type RenderSceneOptions, type RenderSceneResult } from './pipeline/render.js';
export { RenderSession, RenderError, type SessionOptions } from './render/session.js';
export { renderShots, inputFromGlb, RenderInputError, type RenderOptions, type RenderManifest, type RenderedShot } from './render/render.js';
export { writeStoryboard, storyboardHtml } from './render/storyboard.js';
export { materialSwatchSpec, lightingSwatchSpec, renderSwatch } from './pipeline/swatch.js';
export { placeCamera, establishingShot, defaultFocalLength, type ShotRequest, type CameraPlacement } from './camera/index.js';
export { GRADE_PRESETS, getGradePreset, bakeGradeLut, parseCube } from './grading/index.js';
export { RENDER_QUALITIES, type RenderQuality } from './render/quality.js';
export { findChromium, ChromiumNotFoundError } from './render/chromium.js';
