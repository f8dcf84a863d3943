# Sourced by ./mvnw and ./nearpeer: make sure JAVA_HOME points at a JDK >= 21.
# Nearpeer compiles with --release 21; many machines still default to JDK 17.
# Order: an explicit JAVA_HOME that is new enough, the java on PATH, then the usual
# install locations (newest first). Nothing is downloaded.
nearpeer_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
nearpeer_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(nearpeer_java_major "$JAVA_HOME/bin/java")
    [ "${v:-0}" -ge 21 ] && return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(nearpeer_java_major "$candidate/bin/java")
    if [ "${v:-0}" -ge 21 ]; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  fi
  set +f
  for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* 2>/dev/null | sort -rV); do
    [ -x "$candidate/bin/javac" ] || continue
    v=$(nearpeer_java_major "$candidate/bin/java")
    if [ "${v:-0}" -ge 21 ]; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  done
  echo "Nearpeer needs a JDK 21 or newer. Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
nearpeer_find_jdk || exit 1
