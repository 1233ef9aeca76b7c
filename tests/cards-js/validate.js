// Parses Adaptive Card JSON files with the official JS library (adaptivecards@3.0.6), targeting
// 1.5 as Teams does, and reports what its parser and validateProperties() find. It catches
// what the JSON schema cannot: duplicate ids, inputs without ids, properties newer than 1.5.
//
//   npm ci --prefix tests/cards-js
//   CARDS_DUMP_DIR=/tmp/cards dotnet test tests/Bot.Tests   # AdaptiveCardSchema writes every card it validates
//   node tests/cards-js/validate.js /tmp/cards
//
// Exit code 1 when any card has a finding, 2 when there was nothing to check.
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js'); // plain require('adaptivecards') fails in Node

// Hints are advice, not errors.
const ignored = new Set([AC.ValidationEvent.Hint]);

function files(args) {
  return args.flatMap(arg => fs.statSync(arg).isDirectory()
    ? fs.readdirSync(arg).filter(f => f.endsWith('.json')).sort().map(f => path.join(arg, f))
    : [arg]);
}

function findings(json) {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  return events
    .filter(e => !ignored.has(e.event))
    .map(e => `${AC.ValidationEvent[e.event]}: ${e.message}`);
}

const list = files(process.argv.slice(2));
if (list.length === 0) {
  console.error('no card files given');
  process.exit(2);
}
let bad = 0;
for (const file of list) {
  const found = findings(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (found.length > 0) {
    bad++;
    console.log(`${file}:\n  ${found.join('\n  ')}`);
  }
}
console.log(`adaptivecards: ${list.length} cards checked, ${bad} with findings`);
process.exit(bad > 0 ? 1 : 0);
