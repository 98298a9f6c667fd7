// Throughput and peak memory of @mozilla/readability on jsdom over a folder of pages (*.html or *.html.gz).
// Prints one JSON line: {extractor, pages, rounds, seconds, pagesPerSecond, cpuSeconds, peakMemoryMB, chars}.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [dir, roundsArg] = process.argv.slice(2);
if (!dir) { console.error('usage: node bench.js HTML_DIR [ROUNDS]'); process.exit(1); }
const rounds = Number(roundsArg || 1);

const pages = fs.readdirSync(dir).filter(f => /\.html(\.gz)?$/.test(f)).sort().map(f => {
  const bytes = fs.readFileSync(path.join(dir, f));
  return (f.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
});

const quiet = new VirtualConsole(); // page scripts never run; silence CSS parse noise
function extract(html) {
  const dom = new JSDOM(html, { virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article ? article.textContent.length : 0;
}

extract(pages[0]); // warm-up
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
let chars = 0;
for (let r = 0; r < rounds; r++) for (const html of pages) chars += extract(html);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({
  extractor: `readability ${require('@mozilla/readability/package.json').version} + jsdom ${require('jsdom/package.json').version}`,
  pages: pages.length * rounds,
  rounds,
  seconds: Number(seconds.toFixed(3)),
  pagesPerSecond: Number((pages.length * rounds / seconds).toFixed(1)),
  cpuSeconds: Number(cpuSeconds.toFixed(3)),
  peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  chars,
}));
