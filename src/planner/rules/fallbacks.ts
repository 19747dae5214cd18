/**
 * Nouns with no prop of their own whose nearest prop is the same sort of thing in another form ("goblet" → a cup,
 * "boulder" → a rock), so that prop stands in. A noun with no such near prop is shown as a labelled proxy of its
 * own size instead (library/data/dimensions.json). The report names every stand-in.
 */
export const FALLBACK_KINDS: Record<string, string> = {
  dresser: 'cabinet', cupboard: 'cabinet', workbench: 'desk', tv: 'monitor', television: 'monitor', screen: 'monitor',
  terminal: 'scifi_console', console: 'scifi_console', machine: 'scifi_console', picture: 'sign', map: 'sign',
  lamp: 'floor_lamp', streetlight: 'street_lamp', lamppost: 'street_lamp', chandeliers: 'chandelier', sconce: 'torch',
  pot: 'cauldron', jug: 'vase', urn: 'vase', pitcher: 'vase', books: 'bookshelf', box: 'crate', boxes: 'crate',
  suitcase: 'chest', luggage: 'chest', trunk: 'chest', coffin: 'chest', casket: 'chest', basket: 'bucket',
  bin: 'bucket', trashcan: 'bucket', taxi: 'car', jeep: 'car', parasol: 'umbrella', flag: 'banner',
  tapestry: 'banner', curtain: 'banner', drape: 'banner', gravestone: 'sign', tombstone: 'sign', headstone: 'sign',
  monument: 'statue', obelisk: 'pillar', pole: 'pillar', keg: 'barrel', vat: 'barrel', cask: 'barrel', drum: 'barrel',
  boulder: 'rock', stone: 'rock', pebble: 'rock', cactus: 'bush', shrub: 'bush', hedge: 'bush', flower: 'plant_pot',
  flowers: 'plant_pot', plant: 'plant_pot', fern: 'bush', palm: 'tree', pine: 'tree', oak: 'tree', stump: 'log',
  branch: 'log', firewood: 'log', swords: 'weapon_rack', armour: 'statue', armor: 'statue', bones: 'skeleton',
  corpse: 'skeleton', glass: 'cup', goblet: 'cup', mug: 'cup', chalice: 'cup', bowl: 'plate', dish: 'plate',
  tray: 'plate', jar: 'vase', vial: 'bottle', potion: 'bottle', flask: 'bottle', staircase: 'stairs', steps: 'stairs',
  gate: 'door', doorway: 'door', archway: 'arch', railing: 'fence', blade: 'sword', dagger: 'knife',
};

/**
 * Nouns that are never props: clothing, bodies, time, feelings and the room's own surfaces. A misspelling
 * check skips them so "coat" never becomes a "cot" or "boat".
 */
export const IGNORED_NOUNS = new Set([
  'portrait', 'nobody', 'noone', 'couple', 'coat', 'dress', 'hat', 'shirt', 'jacket', 'suit', 'cloak', 'robe', 'gown', 'boots',
  'apron', 'overalls', 'dungarees', 'waders', 'vest', 'waistcoat', 'tunic', 'cape', 'shawl', 'sweater', 'jumper', 'cardigan',
  'jeans', 'trousers', 'skirt', 'blouse', 'pyjamas', 'pajamas', 'kimono', 'sari', 'poncho', 'mittens', 'sandals', 'slippers',
  'tuxedo', 'leotard', 'wetsuit', 'bathrobe', 'sneakers', 'trainers',
  'shoes', 'gloves', 'scarf', 'uniform', 'armor', 'helmet', 'mask', 'glasses', 'trench', 'trenchcoat', 'face', 'hand',
  'hands', 'eyes', 'eye', 'head', 'hair', 'arm', 'arms', 'leg', 'legs', 'shoulder', 'shoulders', 'back', 'voice',
  'smile', 'tear', 'tears', 'moment', 'time', 'silence', 'sound', 'noise', 'music', 'light', 'lights', 'shadow',
  'shadows', 'darkness', 'glow', 'smoke', 'dust', 'air', 'wind', 'sky', 'sun', 'moon', 'stars', 'rain', 'snow', 'fog',
  'mist', 'storm', 'thunder', 'lightning', 'fire', 'water', 'ground', 'floor', 'ceiling', 'room', 'wall', 'walls',
  'corner', 'centre', 'center', 'middle', 'side', 'edge', 'distance', 'background', 'foreground', 'scene', 'shot',
  'camera', 'frame', 'view', 'angle', 'story', 'place', 'world', 'life', 'love', 'fear', 'anger', 'hope', 'idea',
  'thought', 'memory', 'dream', 'night', 'day', 'morning', 'evening', 'dawn', 'dusk', 'noon', 'midnight', 'hour',
  'minute', 'second', 'year', 'years', 'century', 'age', 'era', 'way', 'thing', 'things', 'something', 'nothing',
  'everything', 'anything', 'lot', 'kind', 'sort', 'type', 'style', 'mood', 'atmosphere', 'tone', 'color', 'colour',
  // What the sky holds is seen, not set: "a planet" beyond the window is no "plant".
  'planet', 'planets', 'galaxy', 'nebula', 'star', 'comet', 'asteroid', 'horizon', 'cloud', 'clouds', 'sunset', 'sunrise',
  'universe', 'cosmos',
]);
