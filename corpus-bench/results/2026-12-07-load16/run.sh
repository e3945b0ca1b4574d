#!/usr/bin/env bash
# run.sh JAR: Probe once (the load paths of an import, thread CPU ms of each, process CPU ms), import's JVM options
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
jar=$1; cls=/tmp/load16/probe/cls
[ -f $cls/Probe.class ] || $J/javac -d $cls -cp $jar "$(dirname "$0")/Probe.java"
echo "$(basename $jar .jar) load $(cut -d' ' -f1 /proc/loadavg) $(nice -n 5 $J/java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement -cp $jar:$cls Probe 2>&1 | tail -1)"
