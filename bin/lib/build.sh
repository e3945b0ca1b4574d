# Sourced by bin/corpus and bin/demo (after lib/jdk.sh): builds the CLI jar with Maven, tests skipped, showing
# each module as it starts and how long the build should take, instead of minutes of silence. The whole Maven
# log is kept in target/build-cli.log; on failure its end is shown.

# build_cli WHO ROOT: builds ROOT/corpus-cli/target/corpus.jar; exits 1 when the build fails.
build_cli() {
  local who="$1" root="$2"
  local log="$root/target/build-cli.log" last="$root/target/build-cli.seconds"
  mkdir -p "$root/target"
  local estimate="about 1 to 3 minutes (2 cores), the first time longer if Maven must download dependencies"
  if [ -s "$last" ]; then
    estimate="about $(( ($(cat "$last") + 30) / 60 )) min, as last time"
  fi
  echo "$who: building the CLI with Maven, tests skipped: $estimate" >&2
  local start=$SECONDS module_start=$SECONDS status=0 line
  local module_line='Building (.+) [0-9][^ ]* +\[([0-9]+)/([0-9]+)\]'
  (cd "$root" && mvn -B -ntp -Dstyle.color=never -DskipTests -pl corpus-cli,corpus-hf -am package) > "$log" 2>&1 &
  local pid=$!
  # follow the log: one line per module, with the time the previous one took
  local shown=0
  while kill -0 "$pid" 2>/dev/null || [ "$shown" -lt "$(wc -l < "$log")" ]; do
    local total
    total=$(wc -l < "$log")
    if [ "$total" -gt "$shown" ]; then
      while IFS= read -r line; do
        if [[ "$line" =~ $module_line ]]; then
          echo "  [${BASH_REMATCH[2]}/${BASH_REMATCH[3]}] ${BASH_REMATCH[1]} … (after $((SECONDS - start)) s)" >&2
          module_start=$SECONDS
        fi
      done < <(sed -n "$((shown + 1)),${total}p" "$log")
      shown=$total
    fi
    kill -0 "$pid" 2>/dev/null && sleep 1
  done
  wait "$pid" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "$who: the build failed; the end of $log:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  echo "  built in $((SECONDS - start)) s: corpus-cli/target/corpus.jar" >&2
  echo "$((SECONDS - start))" > "$last"
  : "$module_start"
}

# ensure_cli WHO ROOT: builds the jar when it is missing or older than a source file or POM.
ensure_cli() {
  local who="$1" root="$2"
  local jar="$root/corpus-cli/target/corpus.jar" stale=""
  if [ -f "$jar" ]; then
    stale=$(find "$root/pom.xml" "$root"/corpus-{core,web,cli,hf}/pom.xml \
                 "$root"/corpus-{core,web,cli,hf}/src/main -newer "$jar" -type f -print -quit 2>/dev/null || true)
  fi
  if [ ! -f "$jar" ] || [ -n "$stale" ]; then
    build_cli "$who" "$root"
  fi
}

