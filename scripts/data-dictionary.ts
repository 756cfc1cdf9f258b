/** npm run docs:dictionary — writes docs/data-dictionary.md from the dictionary in code. */
import { writeFile } from 'node:fs/promises';
import { dictionaryMarkdown } from '../src/lib/core/dictionary-markdown';

await writeFile(new URL('../docs/data-dictionary.md', import.meta.url), dictionaryMarkdown());
console.log('wrote docs/data-dictionary.md');
