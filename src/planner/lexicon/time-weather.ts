/**
 * When and in what weather: words → the description's timeOfDay, weather and era, with the lighting preset an
 * exterior gets for each. A time may appear in more than one entry when ordinary words for it want different
 * light (a 'sunset' is lower and redder than 'golden hour'); each word still names one time only.
 */
import type { EraWords, TimeWords, WeatherWords } from './types.js';

export const TIME_WORDS: TimeWords[] = [
  { time: 'dawn', lighting: 'dawn', words: ['dawn', 'daybreak', 'sunrise', 'sunup', 'first light', 'crack of dawn', 'break of day', 'cockcrow', 'early dawn'] },
  { time: 'morning', lighting: 'morning', words: ['morning', 'early morning', 'mornings', 'breakfast time', 'this morning', 'in the morning'] },
  { time: 'morning', lighting: 'late_morning', words: ['late morning', 'mid-morning', 'midmorning', 'forenoon'] },
  { time: 'noon', lighting: 'noon', words: ['noon', 'midday', 'mid-day', 'high noon', 'noontime', 'lunchtime', 'lunch time', 'broad daylight', 'middle of the day'] },
  { time: 'afternoon', lighting: 'afternoon', words: ['afternoon', 'mid-afternoon', 'daytime', 'day time', 'daylight', 'during the day', 'by day', 'teatime'] },
  { time: 'golden-hour', lighting: 'golden_hour', words: ['golden hour', 'magic hour', 'golden light', 'late afternoon sun', 'low sun', 'evening sun'] },
  { time: 'golden-hour', lighting: 'late_afternoon', words: ['late afternoon', 'late in the afternoon'] },
  { time: 'golden-hour', lighting: 'sunset', words: ['sunset', 'sundown', 'setting sun', 'sun going down', 'sun sets'] },
  { time: 'dusk', lighting: 'dusk', words: ['dusk', 'twilight', 'evening', 'nightfall', 'gloaming', 'eventide', 'early evening', 'this evening', 'in the evening'] },
  { time: 'blue-hour', lighting: 'blue_hour', words: ['blue hour', 'after sunset', 'civil twilight', 'last light', 'gathering dark'] },
  { time: 'night', lighting: 'night', words: ['night', 'nighttime', 'night-time', 'at night', 'tonight', 'in the dark', 'darkness', 'after dark', 'nocturnal', 'moonlit', 'moonlight', 'starlit', 'starry night', 'late at night', 'late night', 'overnight'] },
  { time: 'midnight', lighting: 'midnight', words: ['midnight', 'dead of night', 'witching hour', 'small hours', 'wee hours', 'middle of the night', '3 am', 'pitch dark', 'pitch black'] },
];

/**
 * Clear weather has no preset of its own: the time of day's lighting already is clear weather. Rain by night
 * is its own preset (sodium light and neon in wet haze), so rain names both. Bare 'clear' and 'dark' are not
 * weather or time words here: in ordinary descriptions they are far more often 'clear glass' and 'dark wood'.
 */
export const WEATHER_WORDS: WeatherWords[] = [
  { weather: 'clear', words: ['clear sky', 'clear day', 'clear night', 'clear weather', 'sunny', 'sunshine', 'sunlit', 'cloudless', 'clear skies', 'blue sky', 'bright day', 'fine weather', 'fair weather'] },
  { weather: 'clear', lighting: 'heat_haze', words: ['heatwave', 'heat wave', 'scorching', 'sweltering', 'blazing sun', 'baking heat', 'heat haze'] },
  { weather: 'clear', lighting: 'partly_cloudy', words: ['partly cloudy', 'scattered clouds', 'fluffy clouds', 'fair-weather clouds'] },
  { weather: 'overcast', lighting: 'overcast', words: ['overcast', 'cloudy', 'clouded', 'grey sky', 'gray sky', 'grey skies', 'gray skies', 'grey day', 'gray day', 'dull day', 'gloomy sky', 'leaden sky'] },
  { weather: 'rain', lighting: 'rainy_day', nightLighting: 'rainy_night', fog: { density: 0.015, color: '#8d949c' }, words: ['rain', 'raining', 'rainy', 'rainfall', 'drizzle', 'drizzling', 'downpour', 'pouring', 'pouring rain', 'rain shower', 'showers', 'wet', 'rain-soaked', 'rain-slicked', 'rainswept', 'monsoon'] },
  { weather: 'storm', lighting: 'stormy', nightLighting: 'stormy', fog: { density: 0.02, color: '#4a525c' }, words: ['storm', 'stormy', 'thunder', 'thunderstorm', 'lightning', 'tempest', 'gale', 'squall', 'hurricane', 'typhoon', 'rainstorm', 'howling wind', 'windstorm'] },
  { weather: 'storm', lighting: 'sandstorm', nightLighting: 'sandstorm', fog: { density: 0.12, color: '#b98250' }, words: ['sandstorm', 'sand storm', 'dust storm', 'duststorm', 'haboob'] },
  { weather: 'fog', lighting: 'foggy', nightLighting: 'midnight', fog: { density: 0.06, color: '#bfc4c9' }, words: ['fog', 'foggy', 'fogbound', 'mist', 'misty', 'haze', 'hazy', 'smog', 'smoggy', 'pea-souper'] },
  { weather: 'snow', lighting: 'snowy', nightLighting: 'night', fog: { density: 0.02, color: '#e6eaef' }, words: ['snow', 'snowing', 'snowy', 'snowfall', 'snowstorm', 'blizzard', 'sleet', 'flurry', 'snowflakes', 'wintry', 'snow-covered', 'snowbound'] },
];

/**
 * Eras, with the materials that stand in for plain 'wood', 'metal' and 'stone' in each, so a 'wooden table' in a
 * medieval hall is oak and in a modern flat varnished oak. The 20th century has no era of its own: it reads as
 * modern.
 */
export const ERA_WORDS: EraWords[] = [
  { era: 'ancient', words: ['ancient', 'antiquity', 'classical', 'roman', 'greek', 'egyptian', 'babylonian', 'biblical', 'bronze age', 'iron age', 'prehistoric', 'stone age', 'pharaonic', 'mythological'], materials: { wood: 'olive_wood', metal: 'bronze', stone: 'marble_white' } },
  { era: 'medieval', words: ['medieval', 'mediaeval', 'middle ages', 'dark ages', 'feudal', 'viking', 'arthurian', 'gothic', 'renaissance', 'tudor', '12th century', '13th century', '14th century', '15th century', 'crusades'], materials: { wood: 'oak', metal: 'iron_wrought', stone: 'castle_wall_stone' } },
  { era: 'victorian', words: ['victorian', 'edwardian', 'georgian', 'regency', 'steampunk', 'dickensian', '18th century', '19th century', 'nineteenth century', 'eighteenth century', '1800s', 'gaslit', 'gas-lit', 'belle epoque', 'old west', 'wild west', 'frontier'], materials: { wood: 'mahogany', metal: 'brass_antique', stone: 'brick_red' } },
  { era: 'modern', words: ['modern', 'contemporary', 'present day', 'present-day', 'nowadays', 'current day', '20th century', 'twentieth century', '21st century', '1920s', '1930s', '1940s', '1950s', '1960s', '1970s', '1980s', '1990s', 'mid-century', 'art deco', 'urban'], materials: { wood: 'oak_varnished', metal: 'steel_stainless_brushed', stone: 'concrete' } },
  { era: 'futuristic', words: ['futuristic', 'future', 'sci-fi', 'science fiction', 'cyberpunk', 'space age', 'high-tech', 'hi-tech', 'dystopian', 'utopian', 'outer space', 'in space', 'interstellar', 'galactic', 'post-apocalyptic', 'far future', 'neon-lit', '22nd century', '23rd century'], materials: { wood: 'bamboo_carbonised', metal: 'titanium_brushed', stone: 'concrete_white' } },
];
