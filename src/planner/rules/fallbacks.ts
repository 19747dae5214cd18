/**
 * Nouns with no prop of their own, and the prop that stands in for each in a blockout — the nearest thing by
 * use and shape, as a previs artist would grab a grey box of the right size. The report names every stand-in.
 */
export const FALLBACK_KINDS: Record<string, string> = {
  fireplace: 'cabinet', hearth: 'cabinet', stove: 'cabinet', oven: 'cabinet', fridge: 'wardrobe', refrigerator: 'wardrobe', dresser: 'cabinet',
  cupboard: 'cabinet', counter: 'desk', workbench: 'desk', podium: 'altar', lectern: 'altar', pulpit: 'altar', piano: 'cabinet', organ: 'cabinet',
  tv: 'monitor', television: 'monitor', screen: 'monitor', laptop: 'computer', terminal: 'scifi_console', console: 'scifi_console', machine: 'scifi_console', generator: 'scifi_crate', robot: 'statue', android: 'statue',
  mirror: 'sign', painting: 'sign', picture: 'sign', poster: 'sign', map: 'sign', clock: 'sign', blackboard: 'sign', whiteboard: 'sign', billboard: 'sign',
  lamp: 'floor_lamp', streetlight: 'street_lamp', lamppost: 'street_lamp', chandeliers: 'chandelier', sconce: 'torch', brazier: 'cauldron', pot: 'cauldron', kettle: 'cup', teapot: 'vase', jug: 'vase', urn: 'vase', pitcher: 'vase',
  book: 'crate', books: 'bookshelf', box: 'crate', boxes: 'crate', suitcase: 'chest', luggage: 'chest', trunk: 'chest', coffin: 'chest', casket: 'chest', sack: 'barrel', bag: 'bucket', basket: 'bucket', bin: 'bucket', trashcan: 'bucket',
  truck: 'car', van: 'car', taxi: 'car', jeep: 'car', wagon: 'car', cart: 'car', carriage: 'car', bus: 'car', motorcycle: 'car', bicycle: 'bench', bike: 'bench',
  boat: 'car', canoe: 'log', tent: 'umbrella', parasol: 'umbrella', flag: 'banner', tapestry: 'banner', curtain: 'banner', drape: 'banner',
  gravestone: 'sign', tombstone: 'sign', headstone: 'sign', grave: 'rock', monument: 'statue', obelisk: 'pillar', tower: 'pillar', pole: 'pillar', lighthouse: 'pillar', windmill: 'pillar',
  fountain: 'well', pond: 'well', tank: 'barrel', keg: 'barrel', vat: 'barrel', cask: 'barrel', drum: 'barrel',
  boulder: 'rock', stone: 'rock', pebble: 'rock', cactus: 'bush', shrub: 'bush', hedge: 'bush', flower: 'plant_pot', flowers: 'plant_pot', plant: 'plant_pot', fern: 'bush', palm: 'tree', pine: 'tree', oak: 'tree', stump: 'log', branch: 'log', firewood: 'log',
  sword: 'weapon_rack', swords: 'weapon_rack', spear: 'weapon_rack', shield: 'sign', armour: 'statue', armor: 'statue', bones: 'skeleton', skull: 'rock', corpse: 'skeleton',
  glass: 'cup', goblet: 'cup', mug: 'cup', chalice: 'cup', bowl: 'plate', dish: 'plate', tray: 'plate', jar: 'vase', vial: 'bottle', potion: 'bottle', flask: 'bottle',
  ladder: 'stairs', staircase: 'stairs', steps: 'stairs', gate: 'door', doorway: 'door', archway: 'arch', railing: 'fence', 
};

/**
 * Nouns that are never props: clothing, bodies, time, feelings and the room's own surfaces. A misspelling
 * check skips them so "coat" never becomes a "cot" or "boat".
 */
export const IGNORED_NOUNS = new Set([
  'portrait', 'nobody', 'noone', 'coat', 'dress', 'hat', 'shirt', 'jacket', 'suit', 'cloak', 'robe', 'gown', 'boots', 'shoes', 'gloves', 'scarf', 'uniform', 'armor', 'helmet', 'mask', 'glasses', 'trench', 'trenchcoat',
  'face', 'hand', 'hands', 'eyes', 'eye', 'head', 'hair', 'arm', 'arms', 'leg', 'legs', 'shoulder', 'shoulders', 'back', 'voice', 'smile', 'tear', 'tears',
  'moment', 'time', 'silence', 'sound', 'noise', 'music', 'light', 'lights', 'shadow', 'shadows', 'darkness', 'glow', 'smoke', 'dust', 'air', 'wind', 'sky', 'sun', 'moon', 'stars', 'rain', 'snow', 'fog', 'mist', 'storm', 'thunder', 'lightning', 'fire', 'water', 'ground', 'floor', 'ceiling', 'room', 'wall', 'walls', 'corner', 'centre', 'center', 'middle', 'side', 'edge', 'distance', 'background', 'foreground', 'scene', 'shot', 'camera', 'frame', 'view', 'angle', 'story', 'place', 'world', 'life', 'love', 'fear', 'anger', 'hope', 'idea', 'thought', 'memory', 'dream', 'night', 'day', 'morning', 'evening', 'dawn', 'dusk', 'noon', 'midnight', 'hour', 'minute', 'second', 'year', 'years', 'century', 'age', 'era', 'way', 'thing', 'things', 'something', 'nothing', 'everything', 'anything', 'lot', 'kind', 'sort', 'type', 'style', 'mood', 'atmosphere', 'tone', 'color', 'colour',
]);
