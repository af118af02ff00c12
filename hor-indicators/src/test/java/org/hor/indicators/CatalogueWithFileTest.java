package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a catalogue with the indicators of a file")
class CatalogueWithFileTest {

    /** A stand-in for a file's provider: two indicators, in the file's (not alphabetical) order. */
    private static IndicatorProvider file(String... ids) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return "file";
            }

            @Override
            public List<Indicator> indicators() {
                return java.util.Arrays.stream(ids)
                        .map(id -> Indicator.of(
                                IndicatorDefinition.builder(id)
                                        .label("L", "L")
                                        .definition("D.", "D.")
                                        .unit("x")
                                        .periodTypes(java.util.Set.of(PeriodType.YEAR))
                                        .build(),
                                (ctx, s, p) -> Result.of(Value.undefined(Reason.NO_DATA))))
                        .toList();
            }
        };
    }

    @Test
    @DisplayName(
            "puts the file's indicators after the standard and plugin ones, in file order, with the file as origin")
    void order() {
        Catalogue base = Catalogue.of(List.of(new StandardCatalogue(), new ComplaintsPlugin()));
        Catalogue c =
                base.withFile(file("hh.z", "hh.a"), "hh.json", "ab12").withFile(file("reach.mine"), "two.json", "cd34");
        List<String> ids = c.definitions().stream().map(IndicatorDefinition::id).toList();
        int n = base.definitions().size();
        assertThat(ids).hasSize(n + 3);
        assertThat(ids.subList(n - 1, n + 3)).containsExactly("acme.complaints", "hh.z", "hh.a", "reach.mine");
        assertThat(c.providerInfos())
                .extracting(ProviderInfo::jar, ProviderInfo::sha256, ProviderInfo::isFile)
                .endsWith(
                        org.assertj.core.groups.Tuple.tuple("hh.json", "ab12", true),
                        org.assertj.core.groups.Tuple.tuple("two.json", "cd34", true));
        assertThat(c.providerInfos().get(2).indicatorIds()).containsExactly("hh.z", "hh.a");
        assertThat(c.providerInfos().get(0).isFile()).isFalse();
        assertThat(c.knownIndicators().knows("hh.a")).isTrue();
        assertThat(c.knownIndicators().periodTypes("hh.a")).containsExactly(PeriodType.YEAR);
        assertThat(base.definition("hh.a")).isEmpty();
    }

    @Test
    @DisplayName("refuses an id the catalogue already has")
    void clash() {
        Catalogue base = Catalogue.standard();
        assertThatThrownBy(() -> base.withFile(file("reach.organisations"), "hh.json", "ab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reach.organisations");
    }
}
