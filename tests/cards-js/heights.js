// Renders Adaptive Card JSON files with the official JS renderer (adaptivecards@3.0.6) in headless
// Chromium at the width of a phone (400 px), with a Teams-like light host config, and prints each
// card's rendered height. A screenshot of every card goes beside the figures to look at.
//
//   node tests/cards-js/heights.js CARDS_DIR SHOTS_DIR     (scripts/card-heights.sh does it all)
//
// Card files are named [NN-]NAME.LOCALE.json (MeasuredCards in tests/Bot.Tests); the table has one
// row per NAME, in file order, and one column per LOCALE. Hidden parts (more rows behind a toggle)
// are not counted: the height is what a person scrolls before touching anything.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const WIDTH = 400;
const here = __dirname;
const renderer = path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js');
const rendererCss = path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.css');
const hostConfig = JSON.parse(fs.readFileSync(path.join(here, 'teams-light-host-config.json'), 'utf8'));

// Teams draws inputs and buttons 32 px tall with a thin border; the renderer's own CSS draws them smaller.
const teamsCss = `
  body { margin: 0; background: #f5f5f5; }
  #card { width: ${WIDTH}px; background: #fff; box-sizing: border-box; }
  .ac-input.ac-textInput, .ac-input.ac-numberInput, .ac-input.ac-timeInput, .ac-input.ac-dateInput, select.ac-input {
    height: 32px; box-sizing: border-box; border: 1px solid #e1dfdd; border-radius: 4px; padding: 0 8px; font-size: 14px; }
  .ac-input.ac-textInput.ac-multiline { height: 72px; padding: 6px 8px; }
  .ac-pushButton { height: 32px; border-radius: 4px; border: 1px solid #e1dfdd; color: #252424; padding: 0 12px; }
  .ac-pushButton.style-positive { background: #6264a7; border-color: #6264a7; color: #fff; }
`;

function cardFiles(dir) {
  return fs.readdirSync(dir).filter(f => /^[^.]+\.[A-Za-z-]+\.json$/.test(f)).sort();
}

async function main() {
  const [cardsDir, shotsDir] = process.argv.slice(2);
  if (!cardsDir || !shotsDir) {
    console.error('usage: node heights.js CARDS_DIR SHOTS_DIR');
    process.exit(2);
  }
  const files = cardFiles(cardsDir);
  if (files.length === 0) {
    console.error(`no NAME.LOCALE.json card files in ${cardsDir}`);
    process.exit(2);
  }
  fs.mkdirSync(shotsDir, { recursive: true });

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'card-heights-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: WIDTH + 40, height: 800 },
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const heights = {};
  try {
    const page = browser.pages()[0] ?? await browser.newPage();
    const css = fs.readFileSync(rendererCss, 'utf8') + teamsCss;
    for (const file of files) {
      const [numbered, locale] = file.replace(/\.json$/, '').split('.');
      const name = numbered.replace(/^\d+-/, '');
      // A fresh page per card: the renderer keeps state between parses (its lang check is a global
      // regex, so every second card would be told its lang is invalid).
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head>`
        + '<body><div id="card"></div></body></html>');
      await page.addScriptTag({ path: renderer });
      const card = JSON.parse(fs.readFileSync(path.join(cardsDir, file), 'utf8'));
      const problems = await page.evaluate(({ card, hostConfig, locale }) => {
        const AC = window.AdaptiveCards;
        const holder = document.getElementById('card');
        holder.innerHTML = '';
        holder.lang = locale;
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
        const context = new AC.SerializationContext(AC.Versions.v1_5);
        adaptiveCard.parse(card, context);
        const found = [];
        for (let i = 0; i < context.eventCount; i++) found.push(context.getEventAt(i).message);
        holder.appendChild(adaptiveCard.render());
        return found;
      }, { card, hostConfig, locale });
      await page.evaluate(() => document.fonts.ready);
      const element = await page.$('#card');
      const box = await element.boundingBox();
      heights[name] = heights[name] || {};
      heights[name][locale] = Math.round(box.height);
      await element.screenshot({ path: path.join(shotsDir, `${numbered}.${locale}.png`) });
      if (problems.length > 0) console.error(`${file}: ${problems.join('; ')}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  const locales = [...new Set(Object.values(heights).flatMap(h => Object.keys(h)))].sort();
  const rows = [['card', ...locales.map(l => `${l} px`)], ...Object.entries(heights).map(([name, h]) => [name, ...locales.map(l => String(h[l] ?? ''))])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log(`screenshots: ${shotsDir}`);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
