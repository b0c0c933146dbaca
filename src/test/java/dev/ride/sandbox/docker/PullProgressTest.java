package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.core.DockerClientConfig;

/** Fed with the daemon's own progress messages (as /images/create streams them). */
class PullProgressTest {

    private final PullProgress progress = new PullProgress("postgres:16");

    @Test
    void startsEmpty() {
        assertThat(progress.line()).isEqualTo("Pulling postgres:16 [------------------------] 0/0 layers  0.0/0.0 MB");
    }

    @Test
    void countsLayersAndBytesAsTheyArrive() throws Exception {
        feed("""
                {"status":"Pulling from library/postgres","id":"16"}
                {"status":"Already exists","progressDetail":{},"id":"aaa"}
                {"status":"Pulling fs layer","progressDetail":{},"id":"bbb"}
                {"status":"Pulling fs layer","progressDetail":{},"id":"ccc"}
                {"status":"Waiting","progressDetail":{},"id":"ccc"}
                {"status":"Downloading","progressDetail":{"current":1000000,"total":4000000},"progress":"[=>  ]","id":"bbb"}
                {"status":"Downloading","progressDetail":{"current":500000,"total":6000000},"progress":"[>   ]","id":"ccc"}
                """);
        assertThat(progress.layerCount()).isEqualTo(3);
        assertThat(progress.layersDone()).isEqualTo(1);
        assertThat(progress.bytesDone()).isEqualTo(1_500_000);
        assertThat(progress.bytesTotal()).isEqualTo(10_000_000);
        assertThat(progress.line()).isEqualTo("Pulling postgres:16 [####--------------------] 1/3 layers  1.5/10.0 MB");

        feed("""
                {"status":"Verifying Checksum","progressDetail":{},"id":"bbb"}
                {"status":"Download complete","progressDetail":{},"id":"bbb"}
                {"status":"Extracting","progressDetail":{"current":32768,"total":4000000},"id":"bbb"}
                {"status":"Pull complete","progressDetail":{},"id":"bbb"}
                """);
        assertThat(progress.line()).isEqualTo("Pulling postgres:16 [###########-------------] 2/3 layers  4.5/10.0 MB");

        feed("""
                {"status":"Downloading","progressDetail":{"current":6000000,"total":6000000},"id":"ccc"}
                {"status":"Download complete","progressDetail":{},"id":"ccc"}
                {"status":"Pull complete","progressDetail":{},"id":"ccc"}
                {"status":"Digest: sha256:0123"}
                {"status":"Status: Downloaded newer image for postgres:16"}
                """);
        assertThat(progress.line()).isEqualTo("Pulling postgres:16 [########################] 3/3 layers  10.0/10.0 MB");
    }

    @Test
    void aPullOfLayersThatAllExistIsFull() throws Exception {
        feed("""
                {"status":"Already exists","progressDetail":{},"id":"aaa"}
                {"status":"Already exists","progressDetail":{},"id":"bbb"}
                """);
        assertThat(progress.line()).isEqualTo("Pulling postgres:16 [########################] 2/2 layers  0.0/0.0 MB");
    }

    private void feed(String lines) throws JsonProcessingException {
        for (String line : lines.strip().split("\n")) {
            progress.accept(DockerClientConfig.getDefaultObjectMapper().readValue(line, PullResponseItem.class));
        }
    }
}
