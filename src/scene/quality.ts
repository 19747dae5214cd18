/** Material quality levels a spec may ask for; what each level emits is in materials/quality. */
export const QUALITY_LEVELS = ['ultra_lite', 'lite', 'balanced', 'high', 'ultra', 'cinematic'] as const;
export type Quality = (typeof QUALITY_LEVELS)[number];
