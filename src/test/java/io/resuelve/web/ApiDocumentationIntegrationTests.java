package io.resuelve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.resuelve.support.ApiClient;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ResuelveIntegrationTest
class ApiDocumentationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void describesEveryV1RouteWithoutLeakingServerSideParameters() {
        var response = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");
        assertThat(paths.has("/api/v1/tickets/{number}/confirmation")).isTrue();
        assertThat(paths.has("/api/v1/tickets/{number}/return-to-requester")).isTrue();
        assertThat(paths.has("/api/v1/organizations")).isTrue();
        assertThat(response.json().path("components").path("securitySchemes").has("token")).isTrue();
        // The Actor comes from the credentials; it must not appear as request parameters.
        assertThat(paths.path("/api/v1/me").path("get").path("parameters").isMissingNode()
                || paths.path("/api/v1/me").path("get").path("parameters").isEmpty()).isTrue();
        assertThat(response.body()).doesNotContain("\"name\":\"organisationId\"");
    }
}
