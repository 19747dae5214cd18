/**
 * Level themes as data: the materials of floors, walls and ceilings, the proportions of rooms and doors, the
 * light fixtures and how rooms are furnished. A theme is one entry here; generators and layouts read it.
 */

export const THEME_IDS = ['dungeon', 'castle', 'cave', 'scifi', 'house', 'office'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** How one kind of prop furnishes a room: how often, and where it goes. */
export interface Furnishing {
  type: string;
  /** Relative likelihood among this theme's furnishings. */
  weight: number;
  rule: 'wall' | 'corner' | 'center' | 'on' | 'near';
  /** For `on` and `near`: the prop type it goes on or beside. */
  target?: string;
  /** Material per slot for this theme (preset ids); otherwise the prop's defaults. */
  materials?: Record<string, string>;
  params?: Record<string, unknown>;
}

export interface Theme {
  id: ThemeId;
  label: string;
  layout: 'rooms' | 'bsp' | 'caves';
  materials: { floor: string; wall: string; ceiling: string };
  /** Presets the theme draws on to reach `--materials K` distinct materials (props and surfaces). */
  palette: string[];
  wallHeight: number;
  wallThickness: number;
  floorThickness: number;
  ceiling: boolean;
  door: { width: number; height: number };
  corridorWidth: number;
  roomSize: [number, number];
  /** The fixture each light comes with, and its photometry. */
  light: { prop: string; mount: 'wall' | 'ceiling' | 'floor'; kelvin: number; lumens: number };
  furnishings: Furnishing[];
  /** Props per square metre of room floor, before the requested total scales it. */
  density: number;
  /** A fitting lighting mood for renders (a lighting preset id, when that library exists). */
  mood: string;
}

export const THEMES: Record<ThemeId, Theme> = {
  dungeon: {
    id: 'dungeon',
    label: 'Dungeon',
    layout: 'rooms',
    materials: { floor: 'cobblestone', wall: 'dungeon_stone', ceiling: 'dungeon_stone' },
    palette: ['cobblestone', 'dungeon_stone', 'weathered_wood', 'oak', 'iron', 'iron_rusted', 'bronze', 'gold', 'brass', 'granite', 'slate', 'moss', 'leather', 'canvas', 'wool', 'velvet_red', 'beeswax', 'bone', 'copper', 'pine', 'walnut', 'burlap', 'burlap', 'mud', 'dirt', 'bark', 'pewter', 'silver', 'ruby', 'emerald', 'amber', 'glass_clear', 'ceramic_glazed_white', 'ceramic_terracotta', 'lichen'],
    wallHeight: 3.5,
    wallThickness: 0.4,
    floorThickness: 0.3,
    ceiling: true,
    door: { width: 1.6, height: 2.6 },
    corridorWidth: 2,
    roomSize: [5, 11],
    light: { prop: 'torch', mount: 'wall', kelvin: 1900, lumens: 180 },
    furnishings: [
      { type: 'barrel', weight: 4, rule: 'wall', materials: { wood: 'weathered_wood', metal: 'iron_rusted' } },
      { type: 'crate', weight: 4, rule: 'corner' },
      { type: 'chest', weight: 2, rule: 'wall' },
      { type: 'table', weight: 2, rule: 'center', materials: { top: 'weathered_wood', legs: 'weathered_wood' } },
      { type: 'bench', weight: 2, rule: 'near', target: 'table' },
      { type: 'candle', weight: 2, rule: 'on', target: 'table' },
      { type: 'bottle', weight: 2, rule: 'on', target: 'table' },
      { type: 'weapon_rack', weight: 1, rule: 'wall' },
      { type: 'cauldron', weight: 1, rule: 'center' },
      { type: 'skeleton', weight: 1, rule: 'corner' },
      { type: 'pillar', weight: 1, rule: 'corner' },
      { type: 'rock', weight: 1, rule: 'corner', params: { width: 0.6, depth: 0.5, height: 0.4 } },
    ],
    density: 0.08,
    mood: 'torch-lit',
  },
  castle: {
    id: 'castle',
    label: 'Castle',
    layout: 'bsp',
    materials: { floor: 'flagstone_yorkstone', wall: 'castle_wall_stone', ceiling: 'oak' },
    palette: ['flagstone_yorkstone', 'castle_wall_stone', 'oak', 'walnut', 'velvet_red', 'gold', 'brass', 'iron', 'silver', 'marble_white', 'granite', 'leather', 'wool', 'silk', 'beeswax', 'bronze', 'pewter', 'mahogany', 'linen_natural', 'ruby', 'sapphire_blue', 'emerald', 'glass_clear', 'stained_glass', 'limestone', 'sandstone', 'slate', 'copper', 'canvas', 'wool', 'velvet_navy', 'velvet_emerald', 'pine', 'iron_wrought', 'chrome'],
    wallHeight: 5,
    wallThickness: 0.6,
    floorThickness: 0.3,
    ceiling: true,
    door: { width: 2, height: 3.2 },
    corridorWidth: 3,
    roomSize: [7, 14],
    light: { prop: 'chandelier', mount: 'ceiling', kelvin: 1850, lumens: 1500 },
    furnishings: [
      { type: 'table', weight: 3, rule: 'center', params: { width: 3, depth: 1.1 } },
      { type: 'chair', weight: 3, rule: 'near', target: 'table' },
      { type: 'throne', weight: 1, rule: 'wall' },
      { type: 'banner', weight: 2, rule: 'wall' },
      { type: 'statue', weight: 1, rule: 'corner' },
      { type: 'pillar', weight: 2, rule: 'corner' },
      { type: 'bookshelf', weight: 2, rule: 'wall' },
      { type: 'candelabra', weight: 2, rule: 'on', target: 'table' },
      { type: 'plate', weight: 2, rule: 'on', target: 'table' },
      { type: 'cup', weight: 2, rule: 'on', target: 'table' },
      { type: 'rug', weight: 1, rule: 'center' },
      { type: 'chest', weight: 1, rule: 'wall' },
      { type: 'weapon_rack', weight: 1, rule: 'wall' },
    ],
    density: 0.05,
    mood: 'candle-lit',
  },
  cave: {
    id: 'cave',
    label: 'Cave',
    layout: 'caves',
    materials: { floor: 'dirt', wall: 'granite', ceiling: 'granite' },
    palette: ['dirt', 'granite', 'basalt', 'mud', 'moss', 'lichen', 'sand', 'slate', 'limestone', 'magic_crystal', 'amethyst', 'ice', 'water', 'bone', 'bark', 'weathered_wood', 'iron_rusted', 'gold', 'copper', 'stone_river_pebbles', 'soil_clay_red', 'peat', 'bioluminescent_fungus', 'cobblestone', 'obsidian_polished', 'smoky_quartz', 'rock_crystal', 'sandstone', 'charred_wood', 'citrine', 'lava', 'embers', 'leather', 'burlap', 'canvas'],
    wallHeight: 4,
    wallThickness: 0.8,
    floorThickness: 0.4,
    ceiling: false,
    door: { width: 2, height: 3 },
    corridorWidth: 2,
    roomSize: [8, 16],
    light: { prop: 'lantern', mount: 'floor', kelvin: 2200, lumens: 250 },
    furnishings: [
      { type: 'rock', weight: 5, rule: 'wall' },
      { type: 'crystal', weight: 3, rule: 'corner' },
      { type: 'mushroom', weight: 3, rule: 'wall' },
      { type: 'skeleton', weight: 1, rule: 'center' },
      { type: 'log', weight: 1, rule: 'center' },
      { type: 'chest', weight: 1, rule: 'wall' },
      { type: 'barrel', weight: 1, rule: 'wall' },
    ],
    density: 0.05,
    mood: 'underground',
  },
  scifi: {
    id: 'scifi',
    label: 'Sci-fi station',
    layout: 'bsp',
    materials: { floor: 'hull_plating_grey', wall: 'scifi_wall_panel', ceiling: 'scifi_wall_panel' },
    palette: ['hull_plating_grey', 'scifi_wall_panel', 'carbon_fibre', 'circuit_board', 'titanium', 'aluminium', 'chrome', 'steel_stainless_brushed', 'rubber_black', 'plastic_glossy_white', 'glass_clear', 'hologram', 'neon_blue', 'led_panel', 'screen_monitor', 'energy_shield', 'copper', 'gold', 'aramid_fibre', 'ceramic_armour_plate', 'anodised_aluminium_black', 'powder_coat_black', 'hex_armour', 'plastic_matte_grey', 'silicone_rubber_translucent', 'polycarbonate_clear', 'acrylic_pmma_clear', 'graphene_sheet', 'aerogel', 'stealth_coating', 'neon_red', 'neon_green', 'titanium_heat_tinted', 'steel_damascus', 'steel_mild'],
    wallHeight: 3.2,
    wallThickness: 0.3,
    floorThickness: 0.25,
    ceiling: true,
    door: { width: 2, height: 2.6 },
    corridorWidth: 3,
    roomSize: [6, 12],
    light: { prop: 'ceiling_lamp', mount: 'ceiling', kelvin: 6000, lumens: 2500 },
    furnishings: [
      { type: 'scifi_console', weight: 3, rule: 'wall' },
      { type: 'scifi_crate', weight: 4, rule: 'corner' },
      { type: 'pipe', weight: 2, rule: 'wall' },
      { type: 'desk', weight: 1, rule: 'center' },
      { type: 'office_chair', weight: 1, rule: 'near', target: 'desk' },
      { type: 'monitor', weight: 1, rule: 'on', target: 'desk' },
      { type: 'computer', weight: 1, rule: 'near', target: 'desk' },
      { type: 'cabinet', weight: 1, rule: 'wall' },
    ],
    density: 0.05,
    mood: 'sci-fi',
  },
  house: {
    id: 'house',
    label: 'House interior',
    layout: 'bsp',
    materials: { floor: 'wood_planks', wall: 'house_paint_matte_white', ceiling: 'house_paint_matte_white' },
    palette: ['wood_planks', 'house_paint_matte_white', 'oak', 'walnut', 'pine', 'velvet_red', 'leather', 'wool', 'cotton_white', 'linen_natural', 'ceramic_glazed_white', 'ceramic_porcelain_fine', 'glass_clear', 'chrome', 'brass', 'plastic_glossy_white', 'marble_white', 'granite', 'ceramic_terracotta', 'paper', 'cardboard', 'rubber_black', 'velvet_navy', 'denim', 'silk', 'bamboo_wood', 'birch_wood', 'cherry_wood', 'maple_wood', 'burlap', 'ceramic_tile_bathroom_white', 'steel_stainless_brushed', 'house_paint_matte_white', 'copper', 'silver'],
    wallHeight: 2.7,
    wallThickness: 0.15,
    floorThickness: 0.2,
    ceiling: true,
    door: { width: 0.9, height: 2.1 },
    corridorWidth: 2,
    roomSize: [4, 8],
    light: { prop: 'ceiling_lamp', mount: 'ceiling', kelvin: 2700, lumens: 800 },
    furnishings: [
      { type: 'sofa', weight: 2, rule: 'wall' },
      { type: 'coffee_table', weight: 2, rule: 'center' },
      { type: 'bed', weight: 2, rule: 'wall' },
      { type: 'table', weight: 2, rule: 'center' },
      { type: 'chair', weight: 3, rule: 'near', target: 'table' },
      { type: 'bookshelf', weight: 2, rule: 'wall' },
      { type: 'cabinet', weight: 2, rule: 'wall' },
      { type: 'plant_pot', weight: 2, rule: 'corner' },
      { type: 'floor_lamp', weight: 1, rule: 'corner' },
      { type: 'rug', weight: 1, rule: 'center' },
      { type: 'cup', weight: 2, rule: 'on', target: 'coffee_table' },
      { type: 'vase', weight: 1, rule: 'on', target: 'table' },
      { type: 'wardrobe', weight: 1, rule: 'wall' },
    ],
    density: 0.12,
    mood: 'interior-warm',
  },
  office: {
    id: 'office',
    label: 'Office',
    layout: 'bsp',
    materials: { floor: 'carpet_loop_grey', wall: 'house_paint_matte_white', ceiling: 'house_paint_matte_white' },
    palette: ['carpet_loop_grey', 'house_paint_matte_white', 'oak', 'birch_wood', 'aluminium', 'chrome', 'plastic_glossy_white', 'plastic_matte_grey', 'rubber_black', 'glass_clear', 'leather', 'felt_grey', 'paper', 'cardboard', 'steel_mild', 'powder_coat_black', 'ceramic_glazed_white', 'screen_monitor', 'led_panel', 'concrete', 'terrazzo', 'carpet_beige', 'leatherette_black', 'plywood_birch', 'mdf', 'appliance_white', 'butcher_block_maple', 'nylon_ripstop_orange', 'polyester_sportswear_blue', 'glass_frosted', 'steel_stainless_brushed', 'brass', 'walnut', 'moss', 'ceramic_terracotta'],
    wallHeight: 3,
    wallThickness: 0.15,
    floorThickness: 0.2,
    ceiling: true,
    door: { width: 1, height: 2.2 },
    corridorWidth: 2,
    roomSize: [5, 12],
    light: { prop: 'ceiling_lamp', mount: 'ceiling', kelvin: 4000, lumens: 3000 },
    furnishings: [
      { type: 'desk', weight: 4, rule: 'wall' },
      { type: 'office_chair', weight: 4, rule: 'near', target: 'desk' },
      { type: 'monitor', weight: 4, rule: 'on', target: 'desk' },
      { type: 'computer', weight: 2, rule: 'near', target: 'desk' },
      { type: 'cabinet', weight: 2, rule: 'wall' },
      { type: 'plant_pot', weight: 2, rule: 'corner' },
      { type: 'bookshelf', weight: 1, rule: 'wall' },
      { type: 'table', weight: 1, rule: 'center', params: { width: 2.4, depth: 1.2 } },
      { type: 'chair', weight: 1, rule: 'near', target: 'table' },
      { type: 'cup', weight: 2, rule: 'on', target: 'desk' },
    ],
    density: 0.08,
    mood: 'office',
  },
};
