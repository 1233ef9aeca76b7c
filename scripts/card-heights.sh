#!/usr/bin/env bash
# Measures how tall each of the bot's cards is on a phone: the cards of an ordinary day
# (tests/Bot.Tests/Cards/MeasuredCards.cs, built by the bot's own builders) rendered by the official
# Adaptive Cards JS renderer in headless Chromium, 400 px wide, with a Teams-like light host config,
# in en-US and zh-CN. Prints one row per card with its height in px and writes a screenshot of each.
#   scripts/card-heights.sh [OUT]      OUT defaults to artifacts/card-heights (cards/ and shots/ under it)
# Installs Chromium and the CJK and emoji fonts with apt when they are missing (needs root), and the
# renderer with npm ci. Builds only the Bot test project and runs only the measured-cards test.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-artifacts/card-heights}"
rm -rf "$out/cards" "$out/shots"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [[ ! -x /usr/bin/chromium || "$(fc-list : family)" != *"Noto Sans CJK SC"* ]]; then
  echo "installing chromium and fonts (apt)…" >&2
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji fonts-liberation >/dev/null
fi
[[ -d tests/cards-js/node_modules/playwright-core ]] || npm ci --prefix tests/cards-js --no-audit --no-fund >/dev/null

CARD_HEIGHTS_DIR="$out/cards" dotnet test tests/Bot.Tests --nologo -v q \
  --filter "FullyQualifiedName~IronArmy.Bot.Tests.Cards.MeasuredCardsTests" >"$out/dotnet-test.log" 2>&1 \
  || { cat "$out/dotnet-test.log" >&2; exit 1; }

node tests/cards-js/heights.js "$out/cards" "$out/shots"
