// Parses every ```mermaid block of the Markdown files given on the command line with Mermaid's own
// parser (the `mermaid` package, in a jsdom window). Prints one JSON line:
// {"blocks": N, "errors": [{"file", "block", "message"}]} and exits 1 when a block does not parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let blocks = 0;
const errors = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const found = [...text.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)];
  for (const [index, match] of found.entries()) {
    blocks++;
    try {
      const result = await mermaid.parse(match[1]);
      if (!result || result.diagramType !== 'classDiagram') {
        errors.push({ file, block: index + 1, message: 'not a class diagram: ' + JSON.stringify(result) });
      }
    } catch (e) {
      errors.push({ file, block: index + 1, message: String(e?.message ?? e) });
    }
  }
}
console.log(JSON.stringify({ blocks, errors }));
process.exit(errors.length === 0 ? 0 : 1);
