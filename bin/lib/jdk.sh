# Sourced by bin/corpus, bin/test and bin/demo: finds a JDK 21 or newer (Lucene 10 needs it) without a machine
# path written in: $JAVA_HOME first, then the `java` on PATH, then the JDKs installed in the usual places
# (Linux packages, macOS, SDKMAN, /opt), the newest first. Sets JAVA_HOME, and MAVEN_OPTS so that Maven itself
# runs quietly on JDK 24+ (its libraries call sun.misc.Unsafe, which those JDKs warn about).

# The major version of the JDK at $1, or nothing. Read from the JDK's `release` file when it has one (every JDK
# since 9): starting a JVM only to ask its version costs a tenth of a second or more, on every command.
jdk_major() {
  local home="$1"
  [ -x "$home/bin/java" ] || return 1
  local v=""
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  fi
  v="${v#1.}"
  echo "${v%%[.+-]*}"
}

# The java.home of the `java` on PATH, or nothing.
path_java_home() {
  command -v java >/dev/null 2>&1 || return 1
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p'
}

# Prints the home of the first JDK 21+ found; fails when there is none.
find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  local on_path
  on_path="$(path_java_home || true)"
  [ -n "$on_path" ] && candidates+=("$on_path")
  local installed=()
  local dir
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.jdks/*; do
    [ -x "$dir/bin/javac" ] && installed+=("$(jdk_major "$dir" || echo 0) $dir")
  done
  if [ ${#installed[@]} -gt 0 ]; then
    while IFS= read -r line; do
      candidates+=("${line#* }")
    done < <(printf '%s\n' "${installed[@]}" | sort -rn -k1,1)
  fi
  local home major
  for home in "${candidates[@]}"; do
    major="$(jdk_major "$home" || true)"
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null && [ -x "$home/bin/javac" ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

# Exports JAVA_HOME (a JDK 21+) and PATH, and quiets Maven's own Unsafe warnings; exits 2 when there is no JDK.
use_jdk() {
  local who="$1"
  local home
  if ! home="$(find_jdk)"; then
    echo "$who: needs a JDK 21 or newer (with javac), and found none: set JAVA_HOME to one," \
         "or install one (e.g. the temurin-21-jdk or openjdk-21-jdk package)" >&2
    exit 2
  fi
  export JAVA_HOME="$home"
  export PATH="$JAVA_HOME/bin:$PATH"
  JAVA_MAJOR="$(jdk_major "$home" || echo 21)"
  export JAVA_MAJOR
  if [ "$JAVA_MAJOR" -ge 23 ] 2>/dev/null; then # --sun-misc-unsafe-memory-access exists since JDK 23
    case " ${MAVEN_OPTS:-} " in
      *--sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
    # and JRuby, which renders the man pages during the build, loads native code
    case " ${MAVEN_OPTS:-} " in
      *--enable-native-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED" ;;
    esac
  fi
}
