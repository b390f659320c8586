package dev.claimgraph.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void pathsLieBelowTheDatasetUnlessFull() {
        Endpoint fuseki = Endpoint.of("http://127.0.0.1:3030/claims/");
        assertThat(fuseki.url()).isEqualTo("http://127.0.0.1:3030/claims");
        assertThat(fuseki.queryUrl()).isEqualTo("http://127.0.0.1:3030/claims/sparql");
        assertThat(fuseki.gspUrl()).isEqualTo("http://127.0.0.1:3030/claims/data");

        Endpoint other = new Endpoint("https://db.example.org/repo", "/query", "https://gsp.example.org/rdf-graphs");
        assertThat(other.queryUrl()).isEqualTo("https://db.example.org/repo/query");
        assertThat(other.gspUrl()).isEqualTo("https://gsp.example.org/rdf-graphs");
    }

    @Test
    void onlyHttpUrls() {
        assertThatThrownBy(() -> Endpoint.of("ftp://example.org/claims")).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> Endpoint.of("claims")).hasMessageContaining("not an http(s) URL");
    }
}
