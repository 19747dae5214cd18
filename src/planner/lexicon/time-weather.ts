/** Words for time of day, weather and era, with the lighting each asks for; the data is library/data/lexicon/time-weather.json. */
export { TIME_WORDS, WEATHER_WORDS, ERA_WORDS, ATMOSPHERE_WORDS } from '../../library/vocabulary.js';
