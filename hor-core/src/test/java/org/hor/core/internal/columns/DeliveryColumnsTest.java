package org.hor.core.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeliveryColumnsTest {

    record D(
            String id,
            String offerId,
            String organisationId,
            LocalDate date,
            BigDecimal hours,
            BigDecimal amount,
            Integer participants) {}

    private static D d(String id, String org, String date) {
        return new D(id, "F-1", org, LocalDate.parse(date), null, null, null);
    }

    /** Adds the records as the reader does: characters, dictionary numbers, epoch days, unscaled quantities. */
    private static DeliveryColumns<D> columns(List<D> records) {
        DeliveryColumns.Builder<D> b = new DeliveryColumns.Builder<>(2, D::new);
        for (D r : records) {
            char[] id = r.id().toCharArray();
            char[] offer = r.offerId().toCharArray();
            char[] org = r.organisationId().toCharArray();
            BigDecimal q = r.hours() != null ? r.hours() : r.amount();
            int kind = r.hours() != null
                    ? DeliveryColumns.HOURS
                    : r.amount() != null
                            ? DeliveryColumns.AMOUNT
                            : r.participants() != null ? DeliveryColumns.PARTICIPANTS : DeliveryColumns.NONE;
            long unscaled =
                    q != null ? q.unscaledValue().longValueExact() : r.participants() != null ? r.participants() : 0;
            assertThat(b.add(
                            id,
                            0,
                            id.length,
                            b.offer(offer, 0, offer.length),
                            b.organisation(org, 0, org.length),
                            (int) r.date().toEpochDay(),
                            kind,
                            unscaled,
                            q == null ? 0 : q.scale()))
                    .isTrue();
        }
        return b.build();
    }

    private static List<D> counted(String prefix, long first, int width, int n) {
        List<D> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String digits = String.format("%0" + width + "d", first + i);
            l.add(d(prefix + digits, "O-" + (i % 7), "2024-01-0" + (1 + i % 9)));
        }
        return l;
    }

    @Test
    @DisplayName("ids that count up with one prefix and width take no memory and read back exactly")
    void countedIds() {
        List<D> records = counted("D-", 1, 6, 3000);
        DeliveryColumns<D> c = columns(records);
        assertThat(c).containsExactlyElementsOf(records);
        assertThat(c.heapBytes()).isEqualTo(3000L * (2 + 2 + 2 + 4 + 1));
        assertThat(c.firstRepeatedId()).isEqualTo(-1);
        assertThat(c.compareIds(5, 6)).isNegative();
        assertThat(c.id(2999)).isEqualTo("D-003000");
    }

    @Test
    @DisplayName("ids of 18 digits count; a longer number, a change of width or a gap is kept as bytes")
    void largeAndIrregularIds() {
        List<D> big = counted("X", 999_999_999_999_999_990L, 18, 9);
        DeliveryColumns<D> c = columns(big);
        assertThat(c).containsExactlyElementsOf(big);
        assertThat(c.heapBytes()).isEqualTo(9L * 11);

        List<D> longer = counted("X", 1_000_000_000_000_000_000L, 19, 3);
        assertThat(columns(longer)).containsExactlyElementsOf(longer);

        List<D> widths = List.of(d("D-9", "O-1", "2024-01-01"), d("D-10", "O-1", "2024-01-01"));
        DeliveryColumns<D> w = columns(widths);
        assertThat(w).containsExactlyElementsOf(widths);
        assertThat(Integer.signum(w.compareIds(0, 1))).isEqualTo(Integer.signum("D-9".compareTo("D-10")));
        assertThat(w.firstRepeatedId()).isEqualTo(-1);

        List<D> gap = new ArrayList<>(counted("D-", 1, 4, 5));
        gap.add(d("D-0007", "O-1", "2024-01-01"));
        gap.add(d("D-0003", "O-2", "2024-01-01"));
        DeliveryColumns<D> g = columns(gap);
        assertThat(g).containsExactlyElementsOf(gap);
        assertThat(g.heapBytes()).isGreaterThan(7L * 11);
        assertThat(g.firstRepeatedId()).isEqualTo(6);
    }

    @Test
    @DisplayName("ids without digits, or of 64 characters, read back exactly")
    void idsWithoutNumbers() {
        String long64 = "a".repeat(63) + "b";
        List<D> records = List.of(
                d("abc", "O-1", "2024-01-01"),
                d("abd", "O-1", "2024-01-01"),
                d(long64, "O-" + "x".repeat(40), "2024-01-01"));
        DeliveryColumns<D> c = columns(records);
        assertThat(c).containsExactlyElementsOf(records);
        assertThat(c.organisationDictionary()).containsExactly("O-1", "O-" + "x".repeat(40));
    }

    @Test
    @DisplayName(
            "organisations numbered like the first one are found by number, others by hash, all in order of appearance")
    void numberedDictionary() {
        List<String> orgs = List.of(
                "O-00007",
                "O-00002",
                "O-7",
                "O-00007",
                "X-00002",
                "O-0000A",
                "O-99999",
                "O-000002",
                "O-00002",
                "O-99999",
                "X-00002",
                "O-" + "9".repeat(40),
                "O-00007");
        List<D> records = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            records.add(d("D-" + (10 + i), orgs.get(i), "2024-01-01"));
        }
        DeliveryColumns<D> c = columns(records);
        assertThat(c).containsExactlyElementsOf(records);
        assertThat(c.organisationDictionary())
                .containsExactly(
                        "O-00007",
                        "O-00002",
                        "O-7",
                        "X-00002",
                        "O-0000A",
                        "O-99999",
                        "O-000002",
                        "O-" + "9".repeat(40));
        assertThat(c.organisationColumn()).containsExactly(0, 1, 2, 0, 3, 4, 5, 6, 1, 5, 3, 7, 0);
    }

    @Test
    @DisplayName("joining two halves keeps counted ids counted when the second goes on from the first")
    void concat() {
        List<D> all = counted("D-", 0, 5, 4000);
        DeliveryColumns<D> a = columns(all.subList(0, 1500));
        DeliveryColumns<D> b = columns(all.subList(1500, 4000));
        DeliveryColumns<D> both = DeliveryColumns.concat(a, b);
        assertThat(both).containsExactlyElementsOf(all);
        assertThat(both.heapBytes()).isEqualTo(4000L * 11);
        assertThat(both.firstRepeatedId()).isEqualTo(-1);

        DeliveryColumns<D> again = DeliveryColumns.concat(a, a);
        List<D> twice = new ArrayList<>(all.subList(0, 1500));
        twice.addAll(all.subList(0, 1500));
        assertThat(again).containsExactlyElementsOf(twice);
        assertThat(again.firstRepeatedId()).isEqualTo(1500);
        assertThat(again.compareIds(1499, 1500)).isPositive();
    }

    @Test
    @DisplayName("days from 0000-01-01 to 9999-12-31 and more than 65 536 organisations read back exactly")
    void wideColumns() {
        List<D> records = new ArrayList<>();
        records.add(d("D-1", "O-first", "0000-01-01"));
        for (int i = 0; i < 70_000; i++) {
            records.add(d("E-" + i, "O-" + i, "2016-02-29"));
        }
        records.add(d("D-2", "O-last", "9999-12-31"));
        DeliveryColumns<D> c = columns(records);
        assertThat(c).containsExactlyElementsOf(records);
        assertThat(c.day(0)).isEqualTo((int) LocalDate.of(0, 1, 1).toEpochDay());
        assertThat(c.dayColumn()[70_001])
                .isEqualTo((int) LocalDate.of(9999, 12, 31).toEpochDay());
        assertThat(c.organisationColumn()[70_001]).isEqualTo(70_001);
        assertThat(c.heapBytes()).isGreaterThan(70_002L * 15);
    }

    @Test
    @DisplayName("quantities beyond an int (a grant of 999 999 999.99, the smallest int) are kept apart exactly")
    void largeQuantities() {
        List<D> records = List.of(
                new D("D-1", "F-1", "O-1", LocalDate.of(2024, 1, 1), null, new BigDecimal("999999999.99"), null),
                new D("D-2", "F-1", "O-1", LocalDate.of(2024, 1, 1), new BigDecimal("2.5"), null, null),
                new D("D-3", "F-1", "O-1", LocalDate.of(2024, 1, 1), null, null, Integer.MAX_VALUE),
                new D("D-4", "F-1", "O-1", LocalDate.of(2024, 1, 1), new BigDecimal("1000000000.000000"), null, null),
                new D("D-5", "F-1", "O-1", LocalDate.of(2024, 1, 1), null, null, null));
        DeliveryColumns<D> c = columns(records);
        assertThat(c).containsExactlyElementsOf(records);
        assertThat(c.scaled(0, 2)).isEqualTo(99_999_999_999L);
        assertThat(c.scaled(3, 6)).isEqualTo(1_000_000_000_000_000L);
        assertThat(c.unscaled(2)).isEqualTo(Integer.MAX_VALUE);
        assertThat(c.offerColumn()).containsOnly(0);
    }

    @Test
    @DisplayName("compact longs keep every long, Integer.MIN_VALUE and Long.MIN_VALUE among them")
    void compactLongs() {
        long[] v = {
            0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Long.MIN_VALUE, Long.MAX_VALUE, 7
        };
        CompactLongs c = CompactLongs.of(v, v.length);
        for (int i = 0; i < v.length; i++) {
            assertThat(c.get(i)).isEqualTo(v[i]);
        }
        assertThat(c.apartCount()).isEqualTo(4);
        assertThat(c.size()).isEqualTo(v.length);
    }
}
