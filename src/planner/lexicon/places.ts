/**
 * Places: the words for a setting → the room or ground layout builds, what it is made of, what furnishes it when
 * the text names nothing, and the light and grade that suit it. Sizes are real ones (a domestic kitchen is about
 * 4 × 4 m under a 2.7 m ceiling, a castle's great hall 16 × 24 m and 8 m high); exteriors give the extent of
 * ground worth building, not of the whole world. Furnishing counts are for an empty description: a tavern with
 * nothing named still gets its tables, stools and barrels, most important first, so a budget can cut from the end.
 */
import type { PlaceWord } from './types.js';

/** Exteriors name their ground once; `floor` repeats it so every place answers the same question. */
function exterior(place: Omit<PlaceWord, 'interior' | 'floor' | 'ground'> & { ground: string }): PlaceWord {
  return { ...place, interior: false, floor: place.ground };
}

function interior(place: Omit<PlaceWord, 'interior'>): PlaceWord {
  return { ...place, interior: true };
}

export const PLACE_WORDS: PlaceWord[] = [
  /* ----------------------------------------------------------------------------------------- eating and drinking */
  interior({
    id: 'tavern', words: ['tavern', 'inn', 'pub', 'alehouse', 'ale house', 'taproom', 'public house', 'hostelry', 'coaching inn', 'mead house', 'roadside inn', 'wayside inn'],
    size: [10, 12, 3.2], floor: 'wood_planks', walls: 'stone_rubble_wall', ceiling: 'oak', era: 'medieval',
    furnishing: [
      { kind: 'table', count: 4, habit: 'center' }, { kind: 'chair', count: 6, habit: 'floor' }, { kind: 'stool', count: 4, habit: 'floor' },
      { kind: 'barrel', count: 4, habit: 'wall' }, { kind: 'candle', count: 4, habit: 'on-table' }, { kind: 'cup', count: 4, habit: 'on-table' },
      { kind: 'bench', count: 2, habit: 'wall' }, { kind: 'chandelier', count: 1, habit: 'ceiling' }, { kind: 'shelf', count: 2, habit: 'wall-mount' },
      { kind: 'bottle', count: 4, habit: 'on-table' }, { kind: 'crate', count: 2, habit: 'corner' },
    ],
    lighting: { day: 'fantasy_tavern', night: 'candle_lit' }, grade: 'warm',
  }),
  interior({
    id: 'saloon', words: ['saloon', 'western saloon', 'wild west saloon', 'frontier saloon', 'cantina'],
    size: [10, 14, 3.6], floor: 'wood_planks', walls: 'reclaimed_barn_wood', ceiling: 'knotty_pine', era: 'victorian',
    furnishing: [
      { kind: 'table', count: 4, habit: 'center' }, { kind: 'chair', count: 8, habit: 'floor' }, { kind: 'stool', count: 4, habit: 'floor' },
      { kind: 'shelf', count: 2, habit: 'wall-mount' }, { kind: 'bottle', count: 6, habit: 'on-table' }, { kind: 'lantern', count: 3, habit: 'on-table' },
      { kind: 'barrel', count: 2, habit: 'wall' }, { kind: 'cup', count: 4, habit: 'on-table' }, { kind: 'chandelier', count: 1, habit: 'ceiling' },
    ],
    lighting: { day: 'western_saloon', night: 'candle_lit' }, grade: 'western_dusty',
  }),
  interior({
    id: 'bar', words: ['bar', 'cocktail bar', 'dive bar', 'speakeasy', 'nightclub', 'night club', 'jazz club', 'lounge bar', 'wine bar', 'sports bar'],
    size: [8, 12, 3.2], floor: 'floorboards_dark_stained', walls: 'brick_old', ceiling: 'house_paint_satin_grey', era: 'modern',
    furnishing: [
      { kind: 'stool', count: 5, habit: 'floor' }, { kind: 'shelf', count: 2, habit: 'wall-mount' }, { kind: 'bottle', count: 8, habit: 'on-table' },
      { kind: 'table', count: 3, habit: 'center' }, { kind: 'chair', count: 6, habit: 'floor' }, { kind: 'cup', count: 4, habit: 'on-table' },
      { kind: 'ceiling_lamp', count: 3, habit: 'ceiling' }, { kind: 'sign', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'low_key', night: 'film_noir' }, grade: 'noir_color',
  }),
  interior({
    id: 'cafe', words: ['cafe', 'café', 'coffee shop', 'coffeehouse', 'coffee house', 'tea room', 'tearoom', 'tea shop', 'diner', 'bakery', 'patisserie'],
    size: [8, 10, 3.2], floor: 'ceramic_tile_hexagon_white', walls: 'brick_red', ceiling: 'house_paint_matte_white', era: 'modern',
    furnishing: [
      { kind: 'table', count: 4, habit: 'center' }, { kind: 'chair', count: 8, habit: 'floor' }, { kind: 'cup', count: 4, habit: 'on-table' },
      { kind: 'cabinet', count: 1, habit: 'wall' }, { kind: 'ceiling_lamp', count: 3, habit: 'ceiling' }, { kind: 'plant_pot', count: 2, habit: 'corner' },
      { kind: 'plate', count: 3, habit: 'on-table' }, { kind: 'sign', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'window_light_portrait', night: 'romantic' }, grade: 'warm',
  }),
  interior({
    id: 'restaurant', words: ['restaurant', 'bistro', 'brasserie', 'eatery', 'trattoria', 'steakhouse', 'canteen', 'cafeteria', 'mess hall', 'dining hall'],
    size: [12, 14, 3.4], floor: 'parquet_herringbone', walls: 'house_paint_eggshell', ceiling: 'house_paint_matte_white',
    furnishing: [
      { kind: 'table', count: 6, habit: 'center' }, { kind: 'chair', count: 12, habit: 'floor' }, { kind: 'plate', count: 6, habit: 'on-table' },
      { kind: 'cup', count: 6, habit: 'on-table' }, { kind: 'candle', count: 6, habit: 'on-table' }, { kind: 'chandelier', count: 2, habit: 'ceiling' },
      { kind: 'plant_pot', count: 2, habit: 'corner' }, { kind: 'bottle', count: 3, habit: 'on-table' },
    ],
    lighting: { day: 'window_light_portrait', night: 'romantic' }, grade: 'print_film_warm',
  }),

  /* ----------------------------------------------------------------------------------------- homes */
  interior({
    id: 'kitchen', words: ['kitchen', 'scullery', 'galley kitchen', 'farmhouse kitchen', 'kitchenette'],
    size: [4, 4, 2.7], floor: 'ceramic_tile_porcelain_grey', walls: 'ceramic_tile_subway_white', ceiling: 'house_paint_matte_white', theme: 'house',
    furnishing: [
      { kind: 'cabinet', count: 3, habit: 'wall' }, { kind: 'table', count: 1, habit: 'center' }, { kind: 'chair', count: 4, habit: 'floor' },
      { kind: 'wardrobe', count: 1, habit: 'wall' }, { kind: 'ceiling_lamp', count: 1, habit: 'ceiling' }, { kind: 'plate', count: 2, habit: 'on-table' },
      { kind: 'cup', count: 2, habit: 'on-table' }, { kind: 'bottle', count: 2, habit: 'on-table' }, { kind: 'shelf', count: 1, habit: 'wall-mount' },
    ],
    lighting: { day: 'window_light_portrait', night: 'low_key' }, grade: 'natural_punch',
  }),
  interior({
    id: 'dining_room', words: ['dining room', 'dining-room', 'breakfast room', 'banqueting room'],
    size: [5, 6, 2.8], floor: 'oak_varnished', walls: 'wallpaper_striped', ceiling: 'house_paint_matte_white', theme: 'house',
    furnishing: [
      { kind: 'table', count: 1, habit: 'center' }, { kind: 'chair', count: 6, habit: 'floor' }, { kind: 'chandelier', count: 1, habit: 'ceiling' },
      { kind: 'cabinet', count: 1, habit: 'wall' }, { kind: 'plate', count: 6, habit: 'on-table' }, { kind: 'candelabra', count: 1, habit: 'on-table' },
      { kind: 'cup', count: 6, habit: 'on-table' }, { kind: 'rug', count: 1, habit: 'center' },
    ],
    lighting: { day: 'window_light_portrait', night: 'candle_lit' }, grade: 'print_film_warm',
  }),
  interior({
    id: 'living_room', words: ['living room', 'lounge', 'sitting room', 'drawing room', 'parlour', 'parlor', 'front room', 'family room', 'house', 'home', 'mansion', 'manor', 'manor house'],
    size: [5, 6, 2.7], floor: 'oak_oiled', walls: 'house_paint_eggshell', ceiling: 'house_paint_matte_white', theme: 'house',
    furnishing: [
      { kind: 'sofa', count: 1, habit: 'wall' }, { kind: 'coffee_table', count: 1, habit: 'center' }, { kind: 'rug', count: 1, habit: 'center' },
      { kind: 'floor_lamp', count: 1, habit: 'corner' }, { kind: 'bookshelf', count: 1, habit: 'wall' }, { kind: 'monitor', count: 1, habit: 'on-table' },
      { kind: 'cabinet', count: 1, habit: 'wall' }, { kind: 'plant_pot', count: 1, habit: 'corner' }, { kind: 'window', count: 2, habit: 'wall-mount' },
    ],
    lighting: { day: 'window_light_portrait', night: 'tv_glow' }, grade: 'warm',
  }),
  interior({
    id: 'bedroom', words: ['bedroom', 'bedchamber', 'bed chamber', 'boudoir', 'dormitory', 'dorm room', 'nursery', 'guest room', 'spare room'],
    size: [4, 4.5, 2.7], floor: 'carpet_beige', walls: 'house_paint_eggshell', ceiling: 'house_paint_matte_white', theme: 'house',
    furnishing: [
      { kind: 'bed', count: 1, habit: 'wall' }, { kind: 'cabinet', count: 2, habit: 'wall' }, { kind: 'wardrobe', count: 1, habit: 'wall' },
      { kind: 'floor_lamp', count: 1, habit: 'corner' }, { kind: 'rug', count: 1, habit: 'floor' }, { kind: 'window', count: 1, habit: 'wall-mount' },
      { kind: 'chair', count: 1, habit: 'corner' },
    ],
    lighting: { day: 'window_light_portrait', night: 'moonlight' }, grade: 'warm',
  }),
  interior({
    id: 'bathroom', words: ['bathroom', 'washroom', 'restroom', 'toilet', 'lavatory', 'shower room', 'powder room'],
    size: [2.5, 3, 2.5], floor: 'ceramic_tile_hexagon_white', walls: 'ceramic_tile_bathroom_white', ceiling: 'house_paint_matte_white', theme: 'house',
    furnishing: [
      { kind: 'cabinet', count: 1, habit: 'wall' }, { kind: 'bucket', count: 1, habit: 'corner' }, { kind: 'ceiling_lamp', count: 1, habit: 'ceiling' },
      { kind: 'shelf', count: 1, habit: 'wall-mount' }, { kind: 'rug', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'high_key', night: 'tv_glow' }, grade: 'cool',
  }),
  interior({
    id: 'apartment', words: ['apartment', 'studio apartment', 'loft', 'penthouse', 'condo', 'bedsit'],
    size: [6, 8, 2.7], floor: 'oak_oiled', walls: 'house_paint_matte_white', ceiling: 'house_paint_matte_white', era: 'modern', theme: 'house',
    furnishing: [
      { kind: 'sofa', count: 1, habit: 'wall' }, { kind: 'coffee_table', count: 1, habit: 'center' }, { kind: 'bed', count: 1, habit: 'wall' },
      { kind: 'table', count: 1, habit: 'center' }, { kind: 'chair', count: 2, habit: 'floor' }, { kind: 'floor_lamp', count: 1, habit: 'corner' },
      { kind: 'monitor', count: 1, habit: 'on-table' }, { kind: 'plant_pot', count: 2, habit: 'corner' }, { kind: 'window', count: 2, habit: 'wall-mount' },
    ],
    lighting: { day: 'window_light_portrait', night: 'tv_glow' }, grade: 'cinematic',
  }),
  interior({
    id: 'attic', words: ['attic', 'loft space', 'garret', 'roof space', 'crawlspace', 'crawl space'],
    size: [6, 8, 2.4], floor: 'wood_planks', walls: 'knotty_pine', ceiling: 'knotty_pine',
    furnishing: [
      { kind: 'chest', count: 2, habit: 'wall' }, { kind: 'crate', count: 3, habit: 'corner' }, { kind: 'wardrobe', count: 1, habit: 'wall' },
      { kind: 'chair', count: 1, habit: 'floor' }, { kind: 'window', count: 1, habit: 'wall-mount' }, { kind: 'ceiling_lamp', count: 1, habit: 'ceiling' },
      { kind: 'rug', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'chiaroscuro', night: 'moonlight' }, grade: 'vintage',
  }),
  interior({
    id: 'basement', words: ['basement', 'cellar', 'wine cellar', 'root cellar', 'storm cellar', 'bunker'],
    size: [7, 9, 2.4], floor: 'cement_screed', walls: 'concrete_block_cmu', ceiling: 'concrete',
    furnishing: [
      { kind: 'shelf', count: 2, habit: 'wall-mount' }, { kind: 'crate', count: 3, habit: 'corner' }, { kind: 'barrel', count: 2, habit: 'wall' },
      { kind: 'ceiling_lamp', count: 1, habit: 'ceiling' }, { kind: 'pipe', count: 1, habit: 'wall' }, { kind: 'stairs', count: 1, habit: 'wall' },
      { kind: 'table', count: 1, habit: 'center' },
    ],
    lighting: { day: 'low_key', night: 'suspense' }, grade: 'bleach_bypass',
  }),
  interior({
    id: 'cabin', words: ['cabin', 'log cabin', 'cottage', 'hut', 'shack', 'lodge', 'chalet', 'hovel', 'shed'],
    size: [6, 7, 2.6], floor: 'wood_planks', walls: 'knotty_pine', ceiling: 'knotty_pine',
    furnishing: [
      { kind: 'table', count: 1, habit: 'center' }, { kind: 'chair', count: 2, habit: 'floor' }, { kind: 'bed', count: 1, habit: 'wall' },
      { kind: 'lantern', count: 2, habit: 'on-table' }, { kind: 'rug', count: 1, habit: 'center' }, { kind: 'shelf', count: 1, habit: 'wall-mount' },
      { kind: 'log', count: 2, habit: 'corner' }, { kind: 'chest', count: 1, habit: 'wall' }, { kind: 'window', count: 1, habit: 'wall-mount' },
    ],
    lighting: { day: 'window_light_portrait', night: 'firelight' }, grade: 'warm',
  }),
  interior({
    id: 'hotel_room', words: ['hotel room', 'hotel', 'motel', 'motel room', 'suite', 'guesthouse'],
    size: [4.5, 6, 2.7], floor: 'carpet_beige', walls: 'house_paint_eggshell', ceiling: 'house_paint_matte_white', era: 'modern', theme: 'house',
    furnishing: [
      { kind: 'bed', count: 1, habit: 'wall' }, { kind: 'cabinet', count: 2, habit: 'wall' }, { kind: 'floor_lamp', count: 2, habit: 'corner' },
      { kind: 'desk', count: 1, habit: 'wall' }, { kind: 'chair', count: 1, habit: 'floor' }, { kind: 'monitor', count: 1, habit: 'on-table' },
      { kind: 'window', count: 1, habit: 'wall-mount' },
    ],
    lighting: { day: 'window_light_portrait', night: 'tv_glow' }, grade: 'indie_muted',
  }),
  interior({
    id: 'hallway', words: ['hallway', 'corridor', 'passageway', 'entrance hall', 'foyer', 'lobby', 'vestibule', 'landing'],
    size: [2.4, 10, 2.8], floor: 'parquet_herringbone', walls: 'house_paint_eggshell', ceiling: 'house_paint_matte_white', theme: 'house',
    furnishing: [
      { kind: 'door', count: 3, habit: 'wall' }, { kind: 'rug', count: 1, habit: 'center' }, { kind: 'ceiling_lamp', count: 2, habit: 'ceiling' },
      { kind: 'cabinet', count: 1, habit: 'wall' }, { kind: 'plant_pot', count: 1, habit: 'corner' },
    ],
    lighting: { day: 'window_light_portrait', night: 'suspense' }, grade: 'cinematic',
  }),

  /* ----------------------------------------------------------------------------------------- work and study */
  interior({
    id: 'office', words: ['office', 'study room', 'cubicle', 'open-plan office', 'boardroom', 'meeting room', 'conference room', 'police station', 'precinct', 'squad room', 'newsroom', 'headquarters'],
    size: [6, 8, 2.8], floor: 'carpet_loop_grey', walls: 'house_paint_matte_white', ceiling: 'house_paint_matte_white', era: 'modern', theme: 'office',
    furnishing: [
      { kind: 'desk', count: 2, habit: 'wall' }, { kind: 'office_chair', count: 2, habit: 'floor' }, { kind: 'monitor', count: 2, habit: 'on-table' },
      { kind: 'computer', count: 2, habit: 'floor' }, { kind: 'cabinet', count: 2, habit: 'wall' }, { kind: 'ceiling_lamp', count: 2, habit: 'ceiling' },
      { kind: 'plant_pot', count: 1, habit: 'corner' }, { kind: 'bookshelf', count: 1, habit: 'wall' }, { kind: 'window', count: 2, habit: 'wall-mount' },
    ],
    lighting: { day: 'window_light_portrait', night: 'thriller' }, grade: 'cool',
  }),
  interior({
    id: 'library', words: ['library', 'reading room', 'archive', 'scriptorium', 'bookshop', 'bookstore'],
    size: [10, 14, 4.5], floor: 'parquet_herringbone', walls: 'walnut', ceiling: 'house_paint_eggshell',
    furnishing: [
      { kind: 'bookshelf', count: 8, habit: 'wall' }, { kind: 'table', count: 2, habit: 'center' }, { kind: 'chair', count: 4, habit: 'floor' },
      { kind: 'floor_lamp', count: 2, habit: 'corner' }, { kind: 'sofa', count: 1, habit: 'wall' }, { kind: 'rug', count: 1, habit: 'center' },
      { kind: 'chandelier', count: 1, habit: 'ceiling' }, { kind: 'stairs', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'window_light_portrait', night: 'candle_lit' }, grade: 'print_film_warm',
  }),
  interior({
    id: 'classroom', words: ['classroom', 'class room', 'schoolroom', 'school', 'lecture hall', 'lecture theatre', 'seminar room'],
    size: [8, 9, 3], floor: 'wood_planks', walls: 'house_paint_eggshell', ceiling: 'house_paint_matte_white', era: 'modern',
    furnishing: [
      { kind: 'desk', count: 8, habit: 'center' }, { kind: 'chair', count: 8, habit: 'floor' }, { kind: 'desk', count: 1, habit: 'wall' },
      { kind: 'sign', count: 1, habit: 'wall' }, { kind: 'bookshelf', count: 1, habit: 'wall' }, { kind: 'window', count: 3, habit: 'wall-mount' },
      { kind: 'ceiling_lamp', count: 4, habit: 'ceiling' },
    ],
    lighting: { day: 'high_key', night: 'moonlight' }, grade: 'natural_punch',
  }),
  interior({
    id: 'laboratory', words: ['laboratory', 'lab', 'science lab', 'research lab', 'research facility', 'clean room', 'alchemist lab', "alchemist's workshop"],
    size: [8, 10, 3], floor: 'epoxy_floor_paint', walls: 'ceramic_tile_bathroom_white', ceiling: 'house_paint_matte_white',
    furnishing: [
      { kind: 'table', count: 3, habit: 'wall' }, { kind: 'stool', count: 4, habit: 'floor' }, { kind: 'bottle', count: 8, habit: 'on-table' },
      { kind: 'cabinet', count: 2, habit: 'wall' }, { kind: 'computer', count: 1, habit: 'floor' }, { kind: 'monitor', count: 2, habit: 'on-table' },
      { kind: 'ceiling_lamp', count: 4, habit: 'ceiling' }, { kind: 'shelf', count: 2, habit: 'wall-mount' },
    ],
    lighting: { day: 'product_softbox', night: 'scifi_corridor' }, grade: 'sci_fi_cold',
  }),
  interior({
    id: 'hospital_room', words: ['hospital room', 'hospital', 'hospital ward', 'clinic', 'infirmary', 'sickbay', 'sick bay', 'operating theatre', 'operating room', 'emergency room', 'morgue', 'asylum'],
    size: [5, 6, 2.8], floor: 'epoxy_floor_paint', walls: 'house_paint_matte_white', ceiling: 'house_paint_matte_white', era: 'modern',
    furnishing: [
      { kind: 'bed', count: 2, habit: 'wall' }, { kind: 'cabinet', count: 2, habit: 'wall' }, { kind: 'monitor', count: 2, habit: 'on-table' },
      { kind: 'chair', count: 2, habit: 'floor' }, { kind: 'ceiling_lamp', count: 2, habit: 'ceiling' }, { kind: 'window', count: 1, habit: 'wall-mount' },
      { kind: 'banner', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'high_key', night: 'thriller' }, grade: 'cool',
  }),
  interior({
    id: 'warehouse', words: ['warehouse', 'storehouse', 'depot', 'hangar', 'factory', 'factory floor', 'mill', 'loading dock', 'storeroom', 'store room', 'stockroom'],
    size: [30, 40, 9], floor: 'concrete_worn', walls: 'corrugated_iron', ceiling: 'steel_galvanised', era: 'modern',
    furnishing: [
      { kind: 'crate', count: 12, habit: 'wall' }, { kind: 'barrel', count: 6, habit: 'wall' }, { kind: 'scifi_crate', count: 3, habit: 'corner' },
      { kind: 'pipe', count: 2, habit: 'wall' }, { kind: 'ceiling_lamp', count: 6, habit: 'ceiling' }, { kind: 'car', count: 1, habit: 'floor' },
      { kind: 'table', count: 1, habit: 'center' }, { kind: 'chair', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'cross_lighting', night: 'thriller' }, grade: 'bleach_bypass',
  }),
  interior({
    id: 'workshop', words: ['workshop', 'forge', 'smithy', "blacksmith's forge", 'carpentry shop', "carpenter's workshop", 'art studio', 'atelier', 'tool shed'],
    size: [6, 8, 3], floor: 'concrete_worn', walls: 'brick_old', ceiling: 'wood_planks',
    furnishing: [
      { kind: 'table', count: 2, habit: 'wall' }, { kind: 'stool', count: 2, habit: 'floor' }, { kind: 'shelf', count: 3, habit: 'wall-mount' },
      { kind: 'crate', count: 3, habit: 'corner' }, { kind: 'barrel', count: 1, habit: 'corner' }, { kind: 'bucket', count: 2, habit: 'floor' },
      { kind: 'lantern', count: 2, habit: 'on-table' }, { kind: 'cabinet', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'window_light_portrait', night: 'chiaroscuro' }, grade: 'natural_punch',
  }),
  interior({
    id: 'garage', words: ['garage', 'car park', 'parking garage', 'multi-storey car park', 'auto shop', 'car workshop', 'chop shop'],
    size: [7, 8, 3], floor: 'epoxy_floor_paint', walls: 'concrete_block_cmu', ceiling: 'concrete', era: 'modern',
    furnishing: [
      { kind: 'car', count: 1, habit: 'center' }, { kind: 'table', count: 1, habit: 'wall' }, { kind: 'shelf', count: 2, habit: 'wall-mount' },
      { kind: 'barrel', count: 2, habit: 'corner' }, { kind: 'crate', count: 2, habit: 'corner' }, { kind: 'ceiling_lamp', count: 2, habit: 'ceiling' },
      { kind: 'cabinet', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'cross_lighting', night: 'thriller' }, grade: 'cool',
  }),
  interior({
    id: 'shop', words: ['shop', 'store', 'boutique', 'general store', 'grocery', 'grocery store', 'supermarket', 'corner shop', 'pawn shop', 'antique shop', 'pharmacy', 'apothecary'],
    size: [8, 10, 3.2], floor: 'ceramic_tile_porcelain_grey', walls: 'house_paint_matte_white', ceiling: 'house_paint_matte_white',
    furnishing: [
      { kind: 'bookshelf', count: 4, habit: 'wall' }, { kind: 'table', count: 1, habit: 'wall' }, { kind: 'cabinet', count: 2, habit: 'wall' },
      { kind: 'crate', count: 3, habit: 'floor' }, { kind: 'ceiling_lamp', count: 3, habit: 'ceiling' }, { kind: 'sign', count: 1, habit: 'wall' },
      { kind: 'window', count: 2, habit: 'wall-mount' },
    ],
    lighting: { day: 'high_key', night: 'low_key' }, grade: 'natural_punch',
  }),

  /* ----------------------------------------------------------------------------------------- castles and worship */
  interior({
    id: 'throne_room', words: ['throne room', 'royal court', 'audience chamber', 'presence chamber', 'royal hall'],
    size: [14, 22, 9], floor: 'flagstone_yorkstone', walls: 'castle_wall_stone', ceiling: 'castle_wall_stone', era: 'medieval', theme: 'castle',
    furnishing: [
      { kind: 'throne', count: 1, habit: 'center' }, { kind: 'pillar', count: 8, habit: 'floor' }, { kind: 'banner', count: 6, habit: 'wall' },
      { kind: 'rug', count: 1, habit: 'center' }, { kind: 'torch', count: 8, habit: 'wall-mount' }, { kind: 'chandelier', count: 2, habit: 'ceiling' },
      { kind: 'statue', count: 2, habit: 'wall' }, { kind: 'candelabra', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'chiaroscuro', night: 'torch_lit' }, grade: 'cinematic',
  }),
  interior({
    id: 'castle_hall', words: ['castle hall', 'great hall', 'castle', 'fortress', 'banquet hall', 'feast hall', 'mead hall', 'guild hall', 'guildhall', 'hall', 'palace', 'citadel', 'stronghold'],
    size: [16, 24, 8], floor: 'flagstone_yorkstone', walls: 'castle_wall_stone', ceiling: 'oak', era: 'medieval', theme: 'castle',
    furnishing: [
      { kind: 'table', count: 3, habit: 'center' }, { kind: 'bench', count: 6, habit: 'floor' }, { kind: 'banner', count: 4, habit: 'wall' },
      { kind: 'torch', count: 8, habit: 'wall-mount' }, { kind: 'chandelier', count: 2, habit: 'ceiling' }, { kind: 'pillar', count: 6, habit: 'floor' },
      { kind: 'candle', count: 6, habit: 'on-table' }, { kind: 'cup', count: 6, habit: 'on-table' }, { kind: 'weapon_rack', count: 1, habit: 'wall' },
      { kind: 'chest', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'chiaroscuro', night: 'torch_lit' }, grade: 'cinematic',
  }),
  interior({
    id: 'dungeon', words: ['dungeon', 'oubliette', 'torture chamber', 'castle dungeon', 'underground prison', 'sewer', 'sewers'],
    size: [6, 8, 3], floor: 'cobblestone', walls: 'dungeon_stone', ceiling: 'dungeon_stone', era: 'medieval', theme: 'dungeon',
    furnishing: [
      { kind: 'torch', count: 4, habit: 'wall-mount' }, { kind: 'barrel', count: 2, habit: 'corner' }, { kind: 'chest', count: 1, habit: 'wall' },
      { kind: 'skeleton', count: 2, habit: 'corner' }, { kind: 'crate', count: 2, habit: 'corner' }, { kind: 'bucket', count: 1, habit: 'floor' },
      { kind: 'weapon_rack', count: 1, habit: 'wall' }, { kind: 'table', count: 1, habit: 'center' }, { kind: 'door', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'torch_lit', night: 'torch_lit' }, grade: 'cinematic',
  }),
  interior({
    id: 'crypt', words: ['crypt', 'catacomb', 'burial chamber', 'tomb chamber', 'mausoleum', 'undercroft'],
    size: [7, 12, 3.2], floor: 'flagstone_yorkstone', walls: 'dungeon_stone', ceiling: 'dungeon_stone', era: 'medieval', theme: 'dungeon',
    furnishing: [
      { kind: 'altar', count: 3, habit: 'center' }, { kind: 'candle', count: 8, habit: 'floor' }, { kind: 'pillar', count: 4, habit: 'floor' },
      { kind: 'skeleton', count: 2, habit: 'corner' }, { kind: 'statue', count: 2, habit: 'wall' }, { kind: 'torch', count: 2, habit: 'wall-mount' },
      { kind: 'vase', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'candle_lit', night: 'torch_lit' }, grade: 'moonlight_blue',
  }),
  interior({
    id: 'tower_room', words: ['tower', 'tower room', 'turret', "wizard's tower", 'mage tower', 'belfry', 'bell tower', 'watchtower', 'lighthouse', 'tower top room'],
    size: [6, 6, 4], floor: 'flagstone_yorkstone', walls: 'castle_wall_stone', ceiling: 'oak', era: 'medieval', theme: 'castle',
    furnishing: [
      { kind: 'table', count: 1, habit: 'center' }, { kind: 'bookshelf', count: 2, habit: 'wall' }, { kind: 'chair', count: 1, habit: 'floor' },
      { kind: 'candle', count: 4, habit: 'on-table' }, { kind: 'window', count: 2, habit: 'wall-mount' }, { kind: 'chest', count: 1, habit: 'wall' },
      { kind: 'stairs', count: 1, habit: 'wall' }, { kind: 'rug', count: 1, habit: 'center' },
    ],
    lighting: { day: 'chiaroscuro', night: 'candle_lit' }, grade: 'cinematic',
  }),
  interior({
    id: 'prison_cell', words: ['prison cell', 'jail cell', 'jail', 'gaol', 'prison', 'holding cell', 'lockup', 'cellblock', 'cell block'],
    size: [3, 4, 3], floor: 'concrete_worn', walls: 'concrete_block_cmu', ceiling: 'concrete',
    furnishing: [
      { kind: 'bed', count: 1, habit: 'wall' }, { kind: 'bucket', count: 1, habit: 'corner' }, { kind: 'window', count: 1, habit: 'wall-mount' },
      { kind: 'door', count: 1, habit: 'wall' }, { kind: 'ceiling_lamp', count: 1, habit: 'ceiling' },
    ],
    lighting: { day: 'split', night: 'moonlight' }, grade: 'bleach_bypass',
  }),
  interior({
    id: 'interrogation_room', words: ['interrogation room', 'interview room', 'interrogation cell', 'questioning room'],
    size: [4, 4, 2.8], floor: 'concrete_worn', walls: 'concrete_block_cmu', ceiling: 'concrete', era: 'modern', theme: 'office',
    furnishing: [
      { kind: 'table', count: 1, habit: 'center' }, { kind: 'chair', count: 2, habit: 'floor' }, { kind: 'ceiling_lamp', count: 1, habit: 'ceiling' },
      { kind: 'door', count: 1, habit: 'wall' }, { kind: 'cup', count: 1, habit: 'on-table' },
    ],
    lighting: { day: 'interrogation', night: 'interrogation' }, grade: 'bleach_bypass',
  }),
  interior({
    id: 'cave', words: ['cave', 'cavern', 'grotto', 'underground lake', 'coal mine', 'gold mine', 'mineshaft', 'mine shaft', 'tunnel', 'lair', 'den of thieves'],
    size: [12, 16, 5], floor: 'stone_cave_rock', walls: 'stone_cave_rock', ceiling: 'stone_cave_rock', theme: 'cave',
    furnishing: [
      { kind: 'rock', count: 8, habit: 'floor' }, { kind: 'crystal', count: 3, habit: 'corner' }, { kind: 'mushroom', count: 4, habit: 'floor' },
      { kind: 'torch', count: 2, habit: 'wall-mount' }, { kind: 'skeleton', count: 1, habit: 'corner' }, { kind: 'chest', count: 1, habit: 'corner' },
      { kind: 'log', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'torch_lit', night: 'torch_lit' }, grade: 'cinematic',
  }),
  interior({
    id: 'church', words: ['church', 'chapel', 'cathedral', 'abbey', 'monastery', 'priory', 'basilica', 'nave', 'sanctuary', 'convent'],
    size: [12, 30, 12], floor: 'flagstone_yorkstone', walls: 'limestone', ceiling: 'limestone',
    furnishing: [
      { kind: 'bench', count: 10, habit: 'floor' }, { kind: 'altar', count: 1, habit: 'center' }, { kind: 'candle', count: 8, habit: 'on-table' },
      { kind: 'pillar', count: 8, habit: 'floor' }, { kind: 'window', count: 6, habit: 'wall-mount' }, { kind: 'candelabra', count: 2, habit: 'floor' },
      { kind: 'statue', count: 2, habit: 'wall' }, { kind: 'chandelier', count: 2, habit: 'ceiling' },
    ],
    lighting: { day: 'chiaroscuro', night: 'candle_lit' }, grade: 'print_film_warm',
  }),
  interior({
    id: 'temple', words: ['temple', 'shrine room', 'sanctum', 'inner sanctum', 'pagoda', 'ziggurat', 'pantheon', 'oracle chamber'],
    size: [14, 20, 8], floor: 'travertine', walls: 'sandstone', ceiling: 'sandstone', era: 'ancient',
    furnishing: [
      { kind: 'altar', count: 1, habit: 'center' }, { kind: 'pillar', count: 8, habit: 'floor' }, { kind: 'statue', count: 2, habit: 'wall' },
      { kind: 'cauldron', count: 2, habit: 'floor' }, { kind: 'vase', count: 4, habit: 'floor' }, { kind: 'torch', count: 4, habit: 'wall-mount' },
      { kind: 'candle', count: 6, habit: 'on-table' },
    ],
    lighting: { day: 'chiaroscuro', night: 'torch_lit' }, grade: 'golden_hour_glow',
  }),
  interior({
    id: 'museum', words: ['museum', 'gallery', 'art gallery', 'exhibition hall', 'exhibit hall', 'showroom'],
    size: [14, 20, 5], floor: 'marble_white_honed', walls: 'house_paint_matte_white', ceiling: 'house_paint_matte_white',
    furnishing: [
      { kind: 'statue', count: 3, habit: 'center' }, { kind: 'altar', count: 4, habit: 'floor' }, { kind: 'cabinet', count: 3, habit: 'wall' },
      { kind: 'bench', count: 2, habit: 'center' }, { kind: 'ceiling_lamp', count: 6, habit: 'ceiling' }, { kind: 'vase', count: 3, habit: 'on-table' },
      { kind: 'pillar', count: 4, habit: 'floor' },
    ],
    lighting: { day: 'three_point', night: 'suspense' }, grade: 'natural_punch',
  }),
  interior({
    id: 'ballroom', words: ['ballroom', 'ball room', 'dance hall', 'grand ballroom', 'opera house', 'theatre', 'theater', 'concert hall'],
    size: [18, 26, 9], floor: 'parquet_herringbone', walls: 'marble_white', ceiling: 'gold_leaf',
    furnishing: [
      { kind: 'chandelier', count: 3, habit: 'ceiling' }, { kind: 'pillar', count: 8, habit: 'floor' }, { kind: 'chair', count: 12, habit: 'wall' },
      { kind: 'table', count: 3, habit: 'wall' }, { kind: 'candelabra', count: 4, habit: 'on-table' }, { kind: 'window', count: 6, habit: 'wall-mount' },
      { kind: 'stairs', count: 1, habit: 'wall' }, { kind: 'banner', count: 4, habit: 'wall' },
    ],
    lighting: { day: 'butterfly', night: 'candle_lit' }, grade: 'print_film_warm',
  }),
  interior({
    id: 'barn', words: ['barn', 'stable', 'hayloft', 'cowshed', 'byre', 'granary', 'farmhouse barn'],
    size: [10, 16, 6], floor: 'straw', walls: 'reclaimed_barn_wood', ceiling: 'weathered_wood',
    furnishing: [
      { kind: 'crate', count: 4, habit: 'wall' }, { kind: 'barrel', count: 3, habit: 'wall' }, { kind: 'bucket', count: 3, habit: 'floor' },
      { kind: 'fence', count: 2, habit: 'floor' }, { kind: 'lantern', count: 2, habit: 'on-table' }, { kind: 'pillar', count: 4, habit: 'floor' },
      { kind: 'table', count: 1, habit: 'wall' }, { kind: 'log', count: 2, habit: 'corner' },
    ],
    lighting: { day: 'western_saloon', night: 'candle_lit' }, grade: 'vintage',
  }),

  /* ----------------------------------------------------------------------------------------- space */
  interior({
    id: 'spaceship_bridge', words: ['spaceship bridge', 'starship bridge', 'bridge of a spaceship', 'bridge of the spaceship', 'bridge of the starship', 'bridge of a starship', 'command deck', 'flight deck', 'cockpit', 'spaceship', 'starship', 'spacecraft', 'space ship', 'mothership', 'control room', 'mission control'],
    size: [10, 12, 3.5], floor: 'hull_plating_grey', walls: 'scifi_wall_panel', ceiling: 'scifi_wall_panel', era: 'futuristic', theme: 'scifi',
    furnishing: [
      { kind: 'scifi_console', count: 5, habit: 'wall' }, { kind: 'office_chair', count: 4, habit: 'floor' }, { kind: 'scifi_crate', count: 2, habit: 'corner' },
      { kind: 'scifi_console', count: 1, habit: 'center' }, { kind: 'window', count: 1, habit: 'wall-mount' }, { kind: 'ceiling_lamp', count: 4, habit: 'ceiling' },
      { kind: 'pipe', count: 1, habit: 'wall' },
    ],
    lighting: { day: 'space_station', night: 'space_station' }, grade: 'sci_fi_cold',
  }),
  interior({
    id: 'space_corridor', words: ['space station corridor', 'space station', 'station corridor', 'spaceship corridor', 'starship corridor', 'orbital station', 'airlock', 'cargo bay', 'engine room', 'reactor room', 'moon base', 'space base'],
    size: [3, 20, 3], floor: 'hull_plating_grey', walls: 'scifi_wall_panel', ceiling: 'scifi_wall_panel', era: 'futuristic', theme: 'scifi',
    furnishing: [
      { kind: 'pipe', count: 2, habit: 'wall' }, { kind: 'scifi_crate', count: 3, habit: 'wall' }, { kind: 'ceiling_lamp', count: 5, habit: 'ceiling' },
      { kind: 'scifi_console', count: 2, habit: 'wall' }, { kind: 'door', count: 2, habit: 'wall' }, { kind: 'window', count: 2, habit: 'wall-mount' },
    ],
    lighting: { day: 'scifi_corridor', night: 'scifi_corridor' }, grade: 'sci_fi_cold',
  }),

  /* ----------------------------------------------------------------------------------------- towns and cities */
  exterior({
    id: 'street', words: ['street', 'city street', 'road in the city', 'avenue', 'boulevard', 'high street', 'main street', 'sidewalk', 'pavement', 'city', 'downtown', 'metropolis', 'neighbourhood', 'neighborhood', 'suburb', 'crossroads', 'intersection', 'bus stop', 'bus shelter', 'street corner'],
    size: [12, 60, 0], ground: 'asphalt', era: 'modern',
    furnishing: [
      { kind: 'street_lamp', count: 6, habit: 'floor' }, { kind: 'car', count: 3, habit: 'floor' }, { kind: 'sign', count: 2, habit: 'floor' },
      { kind: 'bench', count: 1, habit: 'floor' }, { kind: 'tree', count: 3, habit: 'floor' }, { kind: 'bucket', count: 1, habit: 'floor' },
      { kind: 'door', count: 3, habit: 'wall' },
    ],
    lighting: { day: 'afternoon', night: 'night' }, grade: 'cinematic',
  }),
  exterior({
    id: 'alley', words: ['alley', 'alleyway', 'back alley', 'dark alley', 'side street', 'backstreet', 'back street'],
    size: [4, 30, 0], ground: 'asphalt_cracked', era: 'modern',
    furnishing: [
      { kind: 'crate', count: 3, habit: 'wall' }, { kind: 'barrel', count: 2, habit: 'wall' }, { kind: 'street_lamp', count: 1, habit: 'floor' },
      { kind: 'pipe', count: 2, habit: 'wall' }, { kind: 'door', count: 2, habit: 'wall' }, { kind: 'sign', count: 1, habit: 'wall' },
      { kind: 'bucket', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'overcast', night: 'rainy_night' }, grade: 'noir_color',
  }),
  exterior({
    id: 'city_square', words: ['city square', 'town square', 'market square', 'plaza', 'piazza', 'courtyard', 'village square', 'public square'],
    size: [40, 40, 0], ground: 'stone_setts_granite',
    furnishing: [
      { kind: 'statue', count: 1, habit: 'center' }, { kind: 'street_lamp', count: 6, habit: 'floor' }, { kind: 'bench', count: 4, habit: 'floor' },
      { kind: 'tree', count: 4, habit: 'floor' }, { kind: 'umbrella', count: 2, habit: 'floor' }, { kind: 'table', count: 2, habit: 'floor' },
      { kind: 'chair', count: 4, habit: 'floor' },
    ],
    lighting: { day: 'late_morning', night: 'night' }, grade: 'natural_punch',
  }),
  exterior({
    id: 'market', words: ['market', 'marketplace', 'bazaar', 'souk', 'street market', 'farmers market', 'fish market', 'night market', 'market stall'],
    size: [30, 30, 0], ground: 'cobblestone',
    furnishing: [
      { kind: 'table', count: 6, habit: 'floor' }, { kind: 'umbrella', count: 4, habit: 'floor' }, { kind: 'crate', count: 8, habit: 'floor' },
      { kind: 'barrel', count: 4, habit: 'floor' }, { kind: 'sign', count: 3, habit: 'floor' }, { kind: 'bucket', count: 2, habit: 'floor' },
      { kind: 'vase', count: 4, habit: 'on-table' }, { kind: 'lantern', count: 3, habit: 'on-table' },
    ],
    lighting: { day: 'late_morning', night: 'night' }, grade: 'warm',
  }),
  exterior({
    id: 'village', words: ['village', 'hamlet', 'town', 'old town', 'market town', 'settlement', 'medieval village', 'medieval town', 'fishing village'],
    size: [50, 50, 0], ground: 'dirt', era: 'medieval',
    furnishing: [
      { kind: 'well', count: 1, habit: 'center' }, { kind: 'fence', count: 4, habit: 'floor' }, { kind: 'barrel', count: 4, habit: 'floor' },
      { kind: 'crate', count: 4, habit: 'floor' }, { kind: 'tree', count: 4, habit: 'floor' }, { kind: 'sign', count: 2, habit: 'floor' },
      { kind: 'bench', count: 2, habit: 'floor' }, { kind: 'lantern', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'late_morning', night: 'moonlight' }, grade: 'print_film_warm',
  }),
  exterior({
    id: 'western_town', words: ['western town', 'frontier town', 'wild west town', 'old west town', 'ghost town', 'cow town', 'boomtown', 'main street of a western town'],
    size: [20, 60, 0], ground: 'dirt', era: 'victorian',
    furnishing: [
      { kind: 'fence', count: 4, habit: 'floor' }, { kind: 'barrel', count: 4, habit: 'floor' }, { kind: 'sign', count: 3, habit: 'floor' },
      { kind: 'crate', count: 3, habit: 'floor' }, { kind: 'well', count: 1, habit: 'floor' }, { kind: 'pillar', count: 6, habit: 'floor' },
      { kind: 'bucket', count: 2, habit: 'floor' }, { kind: 'bench', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'noon', night: 'night' }, grade: 'western_dusty',
  }),
  exterior({
    id: 'harbour', words: ['harbour', 'harbor', 'dock', 'pier', 'wharf', 'quay', 'quayside', 'jetty', 'marina', 'waterfront', 'boardwalk'],
    size: [30, 40, 0], ground: 'teak_deck_weathered',
    furnishing: [
      { kind: 'crate', count: 6, habit: 'floor' }, { kind: 'barrel', count: 6, habit: 'floor' }, { kind: 'pillar', count: 6, habit: 'floor' },
      { kind: 'street_lamp', count: 3, habit: 'floor' }, { kind: 'scifi_crate', count: 2, habit: 'floor' }, { kind: 'fence', count: 2, habit: 'floor' },
      { kind: 'lantern', count: 2, habit: 'floor' }, { kind: 'torus', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'morning', night: 'night' }, grade: 'cool',
  }),
  exterior({
    id: 'ship_deck', words: ['ship deck', 'deck of a ship', 'deck of the ship', 'on deck', 'ship', 'pirate ship', 'sailing ship', 'galleon', 'boat', 'fishing boat', 'ferry', 'at sea', 'out at sea', 'open sea', 'high seas'],
    size: [8, 30, 0], ground: 'teak_deck_weathered',
    furnishing: [
      { kind: 'barrel', count: 4, habit: 'floor' }, { kind: 'crate', count: 3, habit: 'floor' }, { kind: 'pillar', count: 2, habit: 'center' },
      { kind: 'fence', count: 4, habit: 'floor' }, { kind: 'lantern', count: 2, habit: 'floor' }, { kind: 'chest', count: 1, habit: 'floor' },
      { kind: 'banner', count: 1, habit: 'floor' }, { kind: 'stairs', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'moonlight' }, grade: 'teal_orange',
  }),
  exterior({
    id: 'rooftop', words: ['rooftop', 'roof terrace', 'roof top', 'top of a building', 'skyscraper roof', 'helipad'],
    size: [20, 20, 0], ground: 'concrete_worn', era: 'modern',
    furnishing: [
      { kind: 'pipe', count: 3, habit: 'floor' }, { kind: 'fence', count: 4, habit: 'floor' }, { kind: 'scifi_crate', count: 2, habit: 'floor' },
      { kind: 'door', count: 1, habit: 'floor' }, { kind: 'barrel', count: 1, habit: 'floor' }, { kind: 'sign', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'blue_hour' }, grade: 'cinematic',
  }),
  exterior({
    id: 'bridge', words: ['bridge', 'footbridge', 'stone bridge', 'rope bridge', 'viaduct', 'overpass', 'river crossing', 'drawbridge'],
    size: [8, 40, 0], ground: 'stone_setts_granite',
    furnishing: [
      { kind: 'fence', count: 4, habit: 'floor' }, { kind: 'street_lamp', count: 4, habit: 'floor' }, { kind: 'pillar', count: 4, habit: 'floor' },
      { kind: 'bench', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'night' }, grade: 'cinematic',
  }),
  exterior({
    id: 'parking_lot', words: ['parking lot', 'car lot', 'parking area', 'petrol station', 'gas station', 'service station', 'truck stop', 'forecourt'],
    size: [40, 40, 0], ground: 'asphalt_worn', era: 'modern',
    furnishing: [
      { kind: 'car', count: 5, habit: 'floor' }, { kind: 'street_lamp', count: 4, habit: 'floor' }, { kind: 'sign', count: 2, habit: 'floor' },
      { kind: 'cone', count: 3, habit: 'floor' }, { kind: 'fence', count: 2, habit: 'floor' }, { kind: 'barrel', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'overcast', night: 'thriller' }, grade: 'cool',
  }),
  exterior({
    id: 'road', words: ['road', 'highway', 'motorway', 'freeway', 'country road', 'dirt road', 'desert highway', 'roadside', 'lay-by'],
    size: [14, 80, 0], ground: 'asphalt_chip_seal',
    furnishing: [
      { kind: 'car', count: 2, habit: 'floor' }, { kind: 'sign', count: 2, habit: 'floor' }, { kind: 'street_lamp', count: 3, habit: 'floor' },
      { kind: 'fence', count: 3, habit: 'floor' }, { kind: 'tree', count: 4, habit: 'floor' }, { kind: 'rock', count: 3, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'night' }, grade: 'cinematic',
  }),

  /* ----------------------------------------------------------------------------------------- country and wild */
  exterior({
    id: 'park', words: ['park', 'public park', 'city park', 'playground', 'village green'],
    size: [40, 40, 0], ground: 'grass',
    furnishing: [
      { kind: 'tree', count: 8, habit: 'floor' }, { kind: 'bench', count: 3, habit: 'floor' }, { kind: 'street_lamp', count: 3, habit: 'floor' },
      { kind: 'bush', count: 6, habit: 'floor' }, { kind: 'statue', count: 1, habit: 'center' }, { kind: 'fence', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'moonlight' }, grade: 'natural_punch',
  }),
  exterior({
    id: 'garden', words: ['garden', 'backyard', 'back yard', 'yard', 'front garden', 'back garden', 'courtyard garden', 'rose garden', 'orchard', 'greenhouse', 'patio', 'terrace'],
    size: [20, 20, 0], ground: 'grass_fresh',
    furnishing: [
      { kind: 'bush', count: 8, habit: 'floor' }, { kind: 'tree', count: 3, habit: 'floor' }, { kind: 'bench', count: 1, habit: 'floor' },
      { kind: 'plant_pot', count: 4, habit: 'floor' }, { kind: 'fence', count: 3, habit: 'floor' }, { kind: 'table', count: 1, habit: 'floor' },
      { kind: 'chair', count: 2, habit: 'floor' }, { kind: 'umbrella', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'morning', night: 'moonlight' }, grade: 'slide_film_vivid',
  }),
  exterior({
    id: 'forest', words: ['forest', 'woods', 'woodland', 'grove', 'thicket of trees', 'clearing', 'forest clearing', 'pine forest', 'enchanted forest', 'dark forest', 'wildwood'],
    size: [40, 40, 0], ground: 'forest_floor',
    furnishing: [
      { kind: 'tree', count: 16, habit: 'floor' }, { kind: 'rock', count: 6, habit: 'floor' }, { kind: 'bush', count: 8, habit: 'floor' },
      { kind: 'log', count: 3, habit: 'floor' }, { kind: 'mushroom', count: 5, habit: 'floor' },
    ],
    lighting: { day: 'misty_forest', night: 'moonlight' }, grade: 'cinematic',
  }),
  exterior({
    id: 'jungle', words: ['jungle', 'rainforest', 'rain forest', 'tropical forest', 'swamp jungle'],
    size: [40, 40, 0], ground: 'leaf_litter',
    furnishing: [
      { kind: 'tree', count: 18, habit: 'floor' }, { kind: 'bush', count: 14, habit: 'floor' }, { kind: 'rock', count: 5, habit: 'floor' },
      { kind: 'log', count: 4, habit: 'floor' }, { kind: 'mushroom', count: 3, habit: 'floor' },
    ],
    lighting: { day: 'misty_forest', night: 'night' }, grade: 'teal_orange',
  }),
  exterior({
    id: 'campsite', words: ['campsite', 'camp', 'campground', 'camp site', 'encampment', 'bivouac', 'campfire'],
    size: [20, 20, 0], ground: 'dirt',
    furnishing: [
      { kind: 'log', count: 4, habit: 'floor' }, { kind: 'cauldron', count: 1, habit: 'center' }, { kind: 'tree', count: 6, habit: 'floor' },
      { kind: 'rock', count: 6, habit: 'floor' }, { kind: 'lantern', count: 2, habit: 'floor' }, { kind: 'crate', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'campfire' }, grade: 'warm',
  }),
  exterior({
    id: 'field', words: ['field', 'meadow', 'pasture', 'grassland', 'prairie', 'plains', 'countryside', 'hillside', 'hill', 'moor', 'moorland', 'heath', 'steppe', 'savanna', 'savannah'],
    size: [60, 60, 0], ground: 'grass',
    furnishing: [
      { kind: 'tree', count: 3, habit: 'floor' }, { kind: 'bush', count: 6, habit: 'floor' }, { kind: 'rock', count: 4, habit: 'floor' },
      { kind: 'fence', count: 3, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'night' }, grade: 'slide_film_vivid',
  }),
  exterior({
    id: 'farm', words: ['farm', 'farmyard', 'farmstead', 'ranch', 'homestead', 'vineyard', 'croft'],
    size: [40, 40, 0], ground: 'soil_farmland',
    furnishing: [
      { kind: 'fence', count: 6, habit: 'floor' }, { kind: 'barrel', count: 3, habit: 'floor' }, { kind: 'bucket', count: 2, habit: 'floor' },
      { kind: 'crate', count: 3, habit: 'floor' }, { kind: 'tree', count: 4, habit: 'floor' }, { kind: 'well', count: 1, habit: 'floor' },
      { kind: 'car', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'night' }, grade: 'golden_hour_glow',
  }),
  exterior({
    id: 'beach', words: ['beach', 'seaside', 'seashore', 'shore', 'coast', 'coastline', 'sea shore', 'cove', 'tropical island', 'island'],
    size: [40, 40, 0], ground: 'sand_beach',
    furnishing: [
      { kind: 'umbrella', count: 3, habit: 'floor' }, { kind: 'rock', count: 5, habit: 'floor' }, { kind: 'log', count: 2, habit: 'floor' },
      { kind: 'tree', count: 3, habit: 'floor' }, { kind: 'chair', count: 2, habit: 'floor' }, { kind: 'bucket', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'noon', night: 'moonlight' }, grade: 'summer_blockbuster',
  }),
  exterior({
    id: 'lake', words: ['lake', 'lakeside', 'lake shore', 'lakeshore', 'river', 'riverbank', 'river bank', 'riverside', 'creek', 'brook', 'pond', 'waterfall', 'canal'],
    size: [40, 40, 0], ground: 'stone_river_pebbles',
    furnishing: [
      { kind: 'tree', count: 6, habit: 'floor' }, { kind: 'rock', count: 8, habit: 'floor' }, { kind: 'bush', count: 5, habit: 'floor' },
      { kind: 'log', count: 2, habit: 'floor' }, { kind: 'bench', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'morning', night: 'moonlight' }, grade: 'cinematic',
  }),
  exterior({
    id: 'swamp', words: ['swamp', 'marsh', 'bog', 'fen', 'bayou', 'wetland', 'mire', 'quagmire', 'everglades'],
    size: [40, 40, 0], ground: 'mud',
    furnishing: [
      { kind: 'tree', count: 8, habit: 'floor' }, { kind: 'log', count: 5, habit: 'floor' }, { kind: 'bush', count: 8, habit: 'floor' },
      { kind: 'mushroom', count: 5, habit: 'floor' }, { kind: 'rock', count: 3, habit: 'floor' },
    ],
    lighting: { day: 'foggy', night: 'midnight' }, grade: 'indie_muted',
  }),
  exterior({
    id: 'desert', words: ['desert', 'dunes', 'sand dunes', 'wasteland', 'badlands', 'canyon', 'mesa', 'oasis', 'sahara', 'wastes'],
    size: [80, 80, 0], ground: 'sand',
    furnishing: [
      { kind: 'rock', count: 8, habit: 'floor' }, { kind: 'bush', count: 3, habit: 'floor' }, { kind: 'skeleton', count: 1, habit: 'floor' },
      { kind: 'log', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'heat_haze', night: 'night' }, grade: 'western_dusty',
  }),
  exterior({
    id: 'mountain', words: ['mountain', 'mountainside', 'mountain pass', 'peak', 'summit', 'ridge', 'cliff', 'cliff top', 'clifftop', 'crag top', 'valley', 'gorge', 'highlands', 'glen'],
    size: [80, 80, 0], ground: 'stone_cave_rock',
    furnishing: [
      { kind: 'rock', count: 12, habit: 'floor' }, { kind: 'tree', count: 6, habit: 'floor' }, { kind: 'bush', count: 4, habit: 'floor' },
      { kind: 'log', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'morning', night: 'night' }, grade: 'slide_film_vivid',
  }),
  exterior({
    id: 'snowfield', words: ['snowfield', 'snow field', 'tundra', 'arctic', 'antarctic', 'glacier', 'ice field', 'icefield', 'frozen lake', 'frozen wasteland', 'snowy mountain'],
    size: [80, 80, 0], ground: 'snow',
    furnishing: [
      { kind: 'rock', count: 6, habit: 'floor' }, { kind: 'tree', count: 4, habit: 'floor' }, { kind: 'crystal', count: 2, habit: 'floor' },
    ],
    lighting: { day: 'snowy', night: 'night' }, grade: 'bleak_nordic',
  }),
  exterior({
    id: 'graveyard', words: ['graveyard', 'cemetery', 'churchyard', 'burial ground', 'necropolis', 'boneyard', 'grave site', 'graveside'],
    size: [30, 30, 0], ground: 'grass_autumn',
    furnishing: [
      { kind: 'rock', count: 12, habit: 'floor' }, { kind: 'tree', count: 3, habit: 'floor' }, { kind: 'fence', count: 4, habit: 'floor' },
      { kind: 'statue', count: 2, habit: 'floor' }, { kind: 'lantern', count: 1, habit: 'floor' }, { kind: 'altar', count: 1, habit: 'floor' },
      { kind: 'bush', count: 3, habit: 'floor' },
    ],
    lighting: { day: 'foggy', night: 'midnight' }, grade: 'bleak_nordic',
  }),
  exterior({
    id: 'ruins', words: ['ruins', 'ruin', 'ancient ruins', 'ruined temple', 'ruined castle', 'ruined city', 'lost city', 'acropolis', 'forum', 'colosseum', 'amphitheatre', 'stone circle', 'stonehenge'],
    size: [40, 40, 0], ground: 'grass_dry', era: 'ancient',
    furnishing: [
      { kind: 'pillar', count: 8, habit: 'floor' }, { kind: 'rock', count: 10, habit: 'floor' }, { kind: 'arch', count: 1, habit: 'center' },
      { kind: 'statue', count: 2, habit: 'floor' }, { kind: 'bush', count: 4, habit: 'floor' }, { kind: 'tree', count: 2, habit: 'floor' },
      { kind: 'stairs', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'moonlight' }, grade: 'golden_hour_glow',
  }),
  exterior({
    id: 'castle_courtyard', words: ['castle courtyard', 'castle yard', 'bailey', 'inner bailey', 'outer bailey', 'castle walls', 'battlements', 'ramparts', 'castle gate', 'drawbridge gate', 'tiltyard'],
    size: [30, 30, 0], ground: 'cobblestone', era: 'medieval',
    furnishing: [
      { kind: 'well', count: 1, habit: 'center' }, { kind: 'barrel', count: 4, habit: 'floor' }, { kind: 'crate', count: 4, habit: 'floor' },
      { kind: 'banner', count: 4, habit: 'floor' }, { kind: 'weapon_rack', count: 2, habit: 'floor' }, { kind: 'torch', count: 4, habit: 'floor' },
      { kind: 'door', count: 1, habit: 'floor' }, { kind: 'cauldron', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'afternoon', night: 'torch_lit' }, grade: 'cinematic',
  }),
  exterior({
    id: 'battlefield', words: ['battlefield', 'battleground', 'war zone', 'warzone', 'trench', "no man's land", 'front line', 'frontline', 'killing field'],
    size: [80, 80, 0], ground: 'mud',
    furnishing: [
      { kind: 'rock', count: 8, habit: 'floor' }, { kind: 'banner', count: 3, habit: 'floor' }, { kind: 'skeleton', count: 3, habit: 'floor' },
      { kind: 'crate', count: 4, habit: 'floor' }, { kind: 'log', count: 3, habit: 'floor' }, { kind: 'fence', count: 3, habit: 'floor' },
      { kind: 'weapon_rack', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'overcast', night: 'night' }, grade: 'desaturated_war',
  }),
  exterior({
    id: 'alien_planet', words: ['alien planet', 'planet surface', 'alien world', 'mars', 'martian surface', 'lunar surface', 'moon surface', 'surface of the moon', 'exoplanet', 'alien landscape'],
    size: [80, 80, 0], ground: 'sand_red_dune', era: 'futuristic',
    furnishing: [
      { kind: 'rock', count: 10, habit: 'floor' }, { kind: 'crystal', count: 4, habit: 'floor' }, { kind: 'scifi_crate', count: 3, habit: 'floor' },
      { kind: 'capsule', count: 1, habit: 'floor' }, { kind: 'scifi_console', count: 1, habit: 'floor' },
    ],
    lighting: { day: 'sandstorm', night: 'midnight' }, grade: 'teal_orange',
  }),
];

/** Where a description with no recognisable place happens indoors. */
export const DEFAULT_INTERIOR: PlaceWord = interior({
  id: 'room', words: ['room', 'chamber', 'interior', 'indoors', 'inside', 'indoor'],
  size: [5, 5, 2.8], floor: 'wood_planks', walls: 'house_paint_matte_white', ceiling: 'house_paint_matte_white',
  furnishing: [{ kind: 'table', count: 1, habit: 'center' }, { kind: 'chair', count: 2, habit: 'floor' }, { kind: 'ceiling_lamp', count: 1, habit: 'ceiling' }],
  lighting: { day: 'window_light_portrait', night: 'low_key' }, grade: 'cinematic', theme: 'house',
});

/** Where a description with no recognisable place happens outdoors. */
export const DEFAULT_EXTERIOR: PlaceWord = exterior({
  id: 'outdoors', words: ['outdoors', 'outside', 'outdoor', 'open air', 'in the open', 'landscape', 'wilderness'],
  size: [40, 40, 0], ground: 'grass',
  furnishing: [{ kind: 'tree', count: 3, habit: 'floor' }, { kind: 'rock', count: 3, habit: 'floor' }, { kind: 'bush', count: 3, habit: 'floor' }],
  lighting: { day: 'afternoon', night: 'night' }, grade: 'cinematic',
});
