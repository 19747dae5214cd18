/**
 * Render quality levels: how much of the frame's cost to spend. Presets are data; the numbers were chosen for
 * a 2-core machine rendering through SwiftShader (MSAA tops out at 4 samples there).
 */
import type { QualityJob } from './protocol.js';

export const RENDER_QUALITIES = ['draft', 'preview', 'final'] as const;
export type RenderQuality = (typeof RENDER_QUALITIES)[number];

export const RENDER_QUALITY: Record<RenderQuality, QualityJob & { description: string }> = {
  draft: { description: 'half-resolution beauty, small shadow maps, no anti-aliasing: blocking and timing', resolutionScale: 0.5, shadowMapSize: 1024, msaa: 0, effectsScale: 0.25, maxLights: 8, maxShadowLights: 1 },
  preview: { description: 'full resolution, 2048² shadows, 2× MSAA, effects at 30 % resolution: storyboards and reviews', resolutionScale: 1, shadowMapSize: 2048, msaa: 2, effectsScale: 0.3, maxLights: 16, maxShadowLights: 2 },
  final: { description: 'full resolution, 4096² shadows, 4× MSAA, full-resolution effects, more shadowed lights', resolutionScale: 1, shadowMapSize: 4096, msaa: 4, effectsScale: 1, maxLights: 32, maxShadowLights: 4 },
};

/** Largest frame edge and pixel count a render accepts (budgets, checked before any work). */
export const MAX_FRAME_EDGE = 8192;
export const MAX_FRAME_PIXELS = 7680 * 4320;
