package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hor.core.spi.IndicatorProvider;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFiles;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the file behind a file indicator is found among the providers an engine evaluates with")
class FileOriginTest {

    @Test
    @DisplayName("a file's provider names its file for each of its ids; standard ids and other providers have none")
    void byProviders() {
        IndicatorFile file = FileIndicatorFixture.file();
        String id = file.indicators().get(0).id();
        IndicatorProvider provider = IndicatorFiles.provider(file);
        assertThat(IndicatorFiles.origin(List.of(new StandardCatalogue(), provider), id))
                .containsSame(file);
        assertThat(IndicatorFiles.origin(List.of(new StandardCatalogue(), provider), "reach.organisations"))
                .isEmpty();
        assertThat(IndicatorFiles.origin(List.of(new StandardCatalogue()), id)).isEmpty();
    }
}
