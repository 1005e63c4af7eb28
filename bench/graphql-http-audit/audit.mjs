// Runs every audit of graphql-http's auditServer against a running server and prints one line per audit.
// Exits 1 when any MUST audit fails; SHOULD and MAY results are reported but do not fail the run.
// Usage: node audit.mjs [url]   (default http://127.0.0.1:8080/graphql)
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const results = await auditServer({ url });

const counts = {};
let mustFailures = 0;
for (const result of results) {
  const level = result.name.split(' ')[0];
  const key = `${level} ${result.status}`;
  counts[key] = (counts[key] ?? 0) + 1;
  if (result.status !== 'ok') {
    if (level === 'MUST') {
      mustFailures++;
    }
    console.log(`${result.status.toUpperCase().padEnd(7)} ${result.name}: ${result.reason}`);
  } else {
    console.log(`OK      ${result.name}`);
  }
}
console.log(`\n${url}: ${results.length} audits`);
for (const [key, count] of Object.entries(counts).sort()) {
  console.log(`  ${key}: ${count}`);
}
if (mustFailures > 0) {
  console.error(`${mustFailures} MUST audit(s) failed`);
  process.exit(1);
}
console.log('every MUST audit passed');
