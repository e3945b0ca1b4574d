#!/usr/bin/env bash
# sample.sh JAR TAG: the README's import of the sample data with a CLI jar
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
w=/work/wt/pipe10/target/w
rm -rf $w/sample-$2
cd /work/wt/pipe10
$java -jar $1 init $w/sample-$2 > /dev/null 2>&1
nice -n 5 $java -Xmx1g --enable-native-access=ALL-UNNAMED -jar $1 -C $w/sample-$2 import --exclude 'qa.csv' --exclude tools sample-data > $w/sample-$2.out 2>&1
echo "exit $?"
