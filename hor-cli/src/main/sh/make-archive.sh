#!/bin/sh
# Build step (hor-cli, phase package): puts the launcher `hor` beside hor.jar and makes its
# class-data archive hor.jsa. Two training runs over the embedded sample, the programme report and
# validate, list the classes they load (-XX:DumpLoadedClassList); one static archive of both lists is
# dumped (-Xshare:dump). A static archive, not a dynamic one (-XX:ArchiveClassesAtExit): Java 17
# archives classes of class-file version 49 and older (picocli's) only in a static archive, and
# picocli's model is a large part of the start. Arguments: the target folder, the java.home of the
# building JVM. The archive is written under a temporary name and moved into place only when every
# step succeeded (a truncated archive can crash the JVM that maps it); any failure leaves no archive,
# and the launcher then runs plain `java -jar`. Set HOR_NO_CDS=1 to skip the archive.
target=$1
java="$2/bin/java"
cp "$(dirname "$0")/hor" "$target/hor" && chmod 755 "$target/hor" || exit 1
rm -f "$target/hor.jsa" "$target/hor.jsa.jvm" "$target/hor.jsa.tmp"
[ -n "$HOR_NO_CDS" ] && exit 0
log="$target/cds-training.log"
list="$target/hor.classlist"
train() { # $1: the list to write; then hor's arguments
  out=$1
  shift
  "$java" -XX:DumpLoadedClassList="$out" -XX:TieredStopAtLevel=1 -jar "$target/hor.jar" "$@" >/dev/null 2>>"$log"
}
: >"$log"
if train "$list.report" --lang en report --programme -o "$target/cds-training.html" \
    && train "$list.validate" --lang en validate \
    && awk '!seen[$0]++' "$list.report" "$list.validate" >"$list" \
    && "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$target/hor.jsa.tmp" \
      -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$target/hor.jar" >>"$log" 2>&1 \
    && [ -s "$target/hor.jsa.tmp" ]; then
  mv "$target/hor.jsa.tmp" "$target/hor.jsa"
  (readlink -f "$java" 2>/dev/null || printf '%s' "$java") > "$target/hor.jsa.jvm"
  rm -f "$log"
else
  echo "[WARNING] hor-cli: no class-data archive (see $log); the launcher runs plain java -jar" >&2
  rm -f "$target/hor.jsa.tmp"
fi
rm -f "$target/cds-training.html" "$list" "$list.report" "$list.validate"
exit 0
