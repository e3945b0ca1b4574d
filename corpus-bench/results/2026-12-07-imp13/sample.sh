#!/usr/bin/env bash
# sample.sh JAR TAG: the README's import of the sample data with a CLI jar (from this tree's root), then
# `corpus dedupe --dry-run --json` on it; corpora in /tmp/imp13/w/sample-TAG
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
w=${W:-/tmp/imp13/w}; mkdir -p $w
rm -rf $w/sample-$2
cd $here/../../..
$java -jar $1 init $w/sample-$2 > /dev/null 2>&1
nice -n 5 $java -Xmx1g --enable-native-access=ALL-UNNAMED -jar $1 -C $w/sample-$2 import --exclude 'qa.csv' --exclude tools sample-data > $w/sample-$2.out 2>&1
echo "import exit $?"
nice -n 5 $java -Xmx1g --enable-native-access=ALL-UNNAMED -jar $1 -C $w/sample-$2 --json dedupe --dry-run > $w/sample-$2-dedupe.json 2>/dev/null
echo "dedupe exit $?"
