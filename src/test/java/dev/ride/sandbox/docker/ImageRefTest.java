package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageRefTest {

    @ParameterizedTest
    @CsvSource({
            "postgres:16,                         postgres,                  16",
            "postgres,                            postgres,                  latest",
            "ride/postgres:15-offline,            ride/postgres,             15-offline",
            "localhost:5000/pg,                   localhost:5000/pg,         latest",
            "localhost:5000/team/pg:16.4,         localhost:5000/team/pg,    16.4",
            "postgres@sha256:0123abcd,            postgres,                  sha256:0123abcd",
            "' postgres:17 ',                     postgres,                  17",
    })
    void splitsRepositoryAndTagTheWayThePullApiWantsThem(String image, String repository, String tag) {
        ImageRef ref = ImageRef.parse(image);
        assertThat(ref.repository()).isEqualTo(repository);
        assertThat(ref.tag()).isEqualTo(tag);
    }

    @ParameterizedTest
    @CsvSource({"postgres:16, postgres:16", "postgres, postgres:latest", "pg@sha256:ab, pg@sha256:ab"})
    void printsAsAReference(String image, String printed) {
        assertThat(ImageRef.parse(image)).hasToString(printed);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '"})
    void rejectsAnEmptyReference(String image) {
        assertThatThrownBy(() -> ImageRef.parse(image)).isInstanceOf(IllegalArgumentException.class);
    }
}
