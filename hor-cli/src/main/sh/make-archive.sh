#!/bin/sh
# Build step (hor-cli, phase package): puts the launcher `hor` beside hor.jar and makes its
# class-data archive hor.jsa by running the programme report of the embedded sample once with
# -XX:ArchiveClassesAtExit. Arguments: the target folder, the java.home of the building JVM.
# The archive is written under a temporary name and moved into place only when the run succeeded
# (a truncated archive can crash the JVM that maps it); any failure leaves no archive, and the
# launcher then runs plain `java -jar`. Set HOR_NO_CDS=1 to skip the archive.
target=$1
java="$2/bin/java"
cp "$(dirname "$0")/hor" "$target/hor" && chmod 755 "$target/hor" || exit 1
rm -f "$target/hor.jsa" "$target/hor.jsa.jvm" "$target/hor.jsa.tmp"
[ -n "$HOR_NO_CDS" ] && exit 0
if "$java" -XX:ArchiveClassesAtExit="$target/hor.jsa.tmp" -XX:TieredStopAtLevel=1 -Xlog:cds=off \
    -Xlog:cds+dynamic=off -jar "$target/hor.jar" report --programme --lang en -o "$target/cds-training.html" \
    >/dev/null 2>"$target/cds-training.log" && [ -s "$target/hor.jsa.tmp" ]; then
  mv "$target/hor.jsa.tmp" "$target/hor.jsa"
  (readlink -f "$java" 2>/dev/null || printf '%s' "$java") > "$target/hor.jsa.jvm"
  rm -f "$target/cds-training.log"
else
  echo "[WARNING] hor-cli: no class-data archive (see $target/cds-training.log); the launcher runs plain java -jar" >&2
  rm -f "$target/hor.jsa.tmp"
fi
rm -f "$target/cds-training.html"
exit 0
