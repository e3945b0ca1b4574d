package org.seacorpus.lang.ms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalayIndonesianMarkersTest {
    @Test
    void malaysianSpellingsAndWordsFavourMalay() {
        assertThat(MalayIndonesianMarkers.malayLogOdds("Kerajaan negeri akan membina hospital baharu pada bulan Ogos."))
                .isGreaterThan(4);
        assertThat(MalayIndonesianMarkers.malayLogOdds("Awak nak pergi mana? Saya tak faham.")).isGreaterThan(4);
    }

    @Test
    void indonesianSpellingsAndWordsFavourIndonesian() {
        assertThat(MalayIndonesianMarkers.malayLogOdds("Pemerintah akan membangun rumah sakit baru bulan Agustus."))
                .isLessThan(-4);
        assertThat(MalayIndonesianMarkers.malayLogOdds("Kamu mau ke mana sih? Aku nggak paham.")).isLessThan(-4);
    }

    @Test
    void latinateEndingsAreMarkersButTelitiIsShared() {
        assertThat(MalayIndonesianMarkers.weight("kualiti")).isPositive();
        assertThat(MalayIndonesianMarkers.weight("aktivitas")).isNegative();
        assertThat(MalayIndonesianMarkers.weight("diteliti")).isZero();
    }

    @Test
    void sharedTextAndEmptyTextHaveNoEvidence() {
        assertThat(MalayIndonesianMarkers.malayLogOdds("Saya suka makan nasi goreng dengan telur.")).isZero();
        assertThat(MalayIndonesianMarkers.malayLogOdds("")).isZero();
    }
}
