import { it } from 'vitest';
import { parseRust } from '../server/src/core/parse';
it('p', () => { console.log(parseRust(process.env.SRC!).rootNode.toString()); });
