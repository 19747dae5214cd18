/**
 * The storyboard folder's layout, in one place: every use-case that writes or reads a generated folder
 * (generate, refine, undo, the service's artefact routes) names its files through this module.
 *
 *   <dir>/scene.json  description.json  storyboard.json  scene.glb  report.json  prompts/<shot>.json
 *   <dir>/frames/<shot>.png .depth.png .depth.exr .mask.png .mask.json  render.json
 *   <dir>/storyboard.html  storyboard.png  storyboard.pdf
 *   <dir>/history.json  history/<nnn>-scene.json  history/<nnn>-description.json
 */
import path from 'node:path';
import type { ShotPaths } from '../planner/plan.js';

export const FRAMES_DIR = 'frames';

export interface StoryboardLayout {
  dir: string;
  scene: string;
  description: string;
  storyboard: string;
  glb: string;
  report: string;
  history: string;
  frames: string;
  renderManifest: string;
  prompt(shotId: string): string;
  /** The snapshot of the scene (and of the description) taken before refinement `n`, relative to the folder. */
  snapshot(n: number): { scene: string; description: string };
}

export function storyboardLayout(dir: string): StoryboardLayout {
  const at = (...parts: string[]) => path.join(dir, ...parts);
  return {
    dir,
    scene: at('scene.json'),
    description: at('description.json'),
    storyboard: at('storyboard.json'),
    glb: at('scene.glb'),
    report: at('report.json'),
    history: at('history.json'),
    frames: at(FRAMES_DIR),
    renderManifest: at(FRAMES_DIR, 'render.json'),
    prompt: (shotId) => at('prompts', `${shotId}.json`),
    snapshot: (n) => {
      const stem = `history/${String(n).padStart(3, '0')}`;
      return { scene: `${stem}-scene.json`, description: `${stem}-description.json` };
    },
  };
}

/** The links inside prompts and storyboard.json: relative, so a folder can be moved or served as it is. */
export const SHOT_PATHS: ShotPaths = {
  prompt: (shotId) => `prompts/${shotId}.json`,
  controlImages: (shotId) => ({ depth: `../${FRAMES_DIR}/${shotId}.depth.png`, mask: `../${FRAMES_DIR}/${shotId}.mask.png` }),
};

/** A frame's path as storyboard.json links it. */
export const framePath = (file: string) => `${FRAMES_DIR}/${file}`;

export const toJson = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
