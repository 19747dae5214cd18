/** Engine version: part of every cache key and written into every GLB's asset.generator. */
export const ENGINE_VERSION = '0.1.0';
