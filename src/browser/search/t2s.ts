/**
 * Traditional → simplified conversion of a query with OpenCC's own dictionaries (phrases first,
 * then characters), without the rest of opencc-js: a separate chunk, fetched only when needed.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

export const toSimplified = ConverterFactory([TSPhrases, TSCharacters]);
