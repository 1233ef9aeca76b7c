#!/usr/bin/env bash
# Builds the sideloadable Teams app package: manifest.json, the two icons and zh-cn.json at the zip root,
# with the placeholder app id replaced by the bot's Microsoft App ID.
#
#   manifest/package.sh [--app-id GUID] [--website https://your.site] [--out path/to/IronArmy.zip]
#
# --app-id defaults to $MicrosoftAppId. The app id and the bot id are the same GUID (the bot's app
# registration), which Teams allows. --website replaces the placeholder developer URLs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
placeholder="00000000-0000-0000-0000-000000000000"
placeholder_site="https://ironarmy.example.com"
app_id="${MicrosoftAppId:-}"
website=""
out="$here/build/IronArmy.zip"

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) app_id="${2:-}"; shift 2 ;;
    --website) website="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "package.sh: unknown argument '$1'" >&2; usage ;;
  esac
done

if [[ -z "$app_id" ]]; then
  echo "package.sh: no app id: pass --app-id GUID or set MicrosoftAppId" >&2; exit 2
fi
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "package.sh: app id '$app_id' is not a GUID" >&2; exit 2
fi
if [[ "$app_id" == "$placeholder" ]]; then
  echo "package.sh: app id is the placeholder; use the bot's real Microsoft App ID" >&2; exit 2
fi
if [[ -n "$website" && ! "$website" =~ ^https:// ]]; then
  echo "package.sh: --website must start with https://" >&2; exit 2
fi

mkdir -p "$(dirname "$out")"
# python3's zipfile rather than `zip`: always present here, and it lets us write the substituted
# manifest straight into the archive without a temp folder.
python3 - "$here" "$out" "$placeholder" "$app_id" "$placeholder_site" "$website" <<'PY'
import json, sys, zipfile
here, out, placeholder, app_id, placeholder_site, website = sys.argv[1:7]
with open(f"{here}/manifest.json", encoding="utf-8") as f:
    manifest = json.load(f)
manifest["id"] = app_id
for bot in manifest.get("bots", []):
    bot["botId"] = app_id
if website:
    for key in ("websiteUrl", "privacyUrl", "termsOfUseUrl"):
        manifest["developer"][key] = manifest["developer"][key].replace(placeholder_site, website.rstrip("/"), 1)
files = [manifest["icons"]["color"], manifest["icons"]["outline"]]
files += [lang["file"] for lang in manifest.get("localizationInfo", {}).get("additionalLanguages", [])]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    for name in files:
        z.write(f"{here}/{name}", arcname=name)
print(out)
PY
