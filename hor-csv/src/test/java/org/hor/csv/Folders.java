package org.hor.csv;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Test helpers: committed folders, writing small files, rendering results. */
final class Folders {

    private Folders() {}

    static Path resource(String name) {
        try {
            return Path.of(Folders.class.getResource("/org/hor/csv/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} as UTF-8 with {@code \n} line ends. */
    static void write(Path dir, String file, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    /** A valid minimal folder: dataset.csv and sites.csv with two sites. */
    static void minimal(Path dir) throws IOException {
        write(
                dir,
                "dataset.csv",
                "formatVersion,asOf,programmeId,programmeName,programmeFunder\n"
                        + "1,2024-12-31,hor,House of Resources,\n");
        write(
                dir,
                "sites.csv",
                "id,name,city,state,carrier,carrierType,coverage,start,end\n"
                        + "S-A,Haus A,Dresden,DE-SN,Träger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n"
                        + "S-B,Haus B,Leipzig,DE-SN,Träger B,CONSORTIUM,REGION,2021-03-01,\n");
    }

    static List<String> lines(ImportResult r) {
        return lines(r, Locale.ENGLISH);
    }

    static List<String> lines(ImportResult r, Locale locale) {
        return r.violations().stream().map(v -> v.format(locale)).toList();
    }
}
