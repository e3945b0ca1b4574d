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

# The java.home of the `java` on PATH, or nothing: where the link leads (no JVM started), else the JVM's own word.
path_java_home() {
  local java_path real
  java_path="$(command -v java 2>/dev/null)" || return 1
  real="$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")"
  if [ "${real%/bin/java}" != "$real" ] && [ -x "${real%/bin/java}/bin/java" ]; then
    echo "${real%/bin/java}"
    return 0
  fi
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p'
}

# True when $1 is a JDK 21+ with javac.
usable_jdk() {
  local major
  major="$(jdk_major "$1" || true)"
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null && [ -x "$1/bin/javac" ]
}

# Prints the home of the first JDK 21+ found; fails when there is none. Each place is looked at only when the
# ones before it gave nothing usable: with JAVA_HOME set, no other JDK is looked at and no JVM is started.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && usable_jdk "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    return 0
  fi
  local on_path
  on_path="$(path_java_home || true)"
  if [ -n "$on_path" ] && usable_jdk "$on_path"; then
    echo "$on_path"
    return 0
  fi
  local installed=()
  local dir
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.jdks/*; do
    [ -x "$dir/bin/javac" ] && installed+=("$(jdk_major "$dir" || echo 0) $dir")
  done
  local line
  if [ ${#installed[@]} -gt 0 ]; then
    while IFS= read -r line; do
      if usable_jdk "${line#* }"; then
        echo "${line#* }"
        return 0
      fi
    done < <(printf '%s\n' "${installed[@]}" | sort -rn -k1,1)
  fi
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
