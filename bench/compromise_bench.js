#!/usr/bin/env node
// The baseline for bench/run.sh: times compromise (a popular rule-based NLP
// library for JavaScript) tagging people and organizations in the same
// transcript files that claimgraph reads.
//
//   node bench/compromise_bench.js FILE...
//
// Prints one JSON line: {"bytes", "seconds", "cpu_seconds", "mb_per_s",
// "mb_per_cpu_s", "people", "organizations"}. Only the tagging is timed, not
// loading the library or reading the files, which favours compromise. Each
// file is one document: compromise is no faster when given one line at a time.
'use strict';
const fs = require('fs');
const nlp = require('compromise');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: compromise_bench.js FILE...');
  process.exit(2);
}
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
let bytes = 0;
let people = 0;
let organizations = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
for (const text of texts) {
  bytes += Buffer.byteLength(text, 'utf8');
  const doc = nlp(text);
  people += doc.people().length;
  organizations += doc.organizations().length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({
  bytes,
  seconds,
  cpu_seconds: cpuSeconds,
  mb_per_s: bytes / 1e6 / seconds,
  mb_per_cpu_s: bytes / 1e6 / cpuSeconds,
  people,
  organizations,
}));
