package io.resuelve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The core promise, checked against every route the application serves: a customer of organisation A who calls
 * any route with organisation B's ids never gets a 2xx carrying B's data, and B's ticket is unchanged afterwards.
 * Every route needs a rule below; a new route without one fails this test until its scope has been thought about.
 * The API is called with HTTP Basic, pages with a session signed in through the sign-in form and CSRF tokens.
 */
@ResuelveIntegrationTest
class RouteScanIsolationIntegrationTests {

    /** Routes whose variables name B's things, with what to put in each variable. */
    private static final Map<String, String> SCOPED = new LinkedHashMap<>();
    /** Routes without B-specific variables: lists, "me", creation, public framework pages. */
    private static final Set<String> UNSCOPED = new TreeSet<>();
    /** Query strings tried on a route besides its bare path ({orgB} is filled in). */
    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        for (String route : List.of("GET /api/v1/tickets/{number}", "PATCH /api/v1/tickets/{number}",
                "GET /api/v1/tickets/{number}/messages", "POST /api/v1/tickets/{number}/messages",
                "POST /api/v1/tickets/{number}/attachments", "POST /api/v1/tickets/{number}/resolve",
                "POST /api/v1/tickets/{number}/confirmation", "POST /api/v1/tickets/{number}/close",
                "POST /api/v1/tickets/{number}/reopen", "POST /api/v1/tickets/{number}/reject",
                "POST /api/v1/tickets/{number}/return-to-requester", "GET /api/v1/tickets/{number}/history")) {
            SCOPED.put(route, "ticket");
        }
        SCOPED.put("GET /api/v1/attachments/{id}", "attachment");
        for (String route : List.of("GET /tickets/{number}", "GET /tickets/{number}/creado",
                "POST /tickets/{number}/responder", "POST /tickets/{number}/personas", "POST /tickets/{number}/cerrar",
                "POST /tickets/{number}/confirmacion", "POST /tickets/{number}/detalles")) {
            SCOPED.put(route, "ticket");
        }
        SCOPED.put("GET /adjuntos/{id}", "attachment");
        SCOPED.put("GET /api/v1/users/{id}", "user");
        SCOPED.put("GET /api/v1/organizations/{id}", "organisation");
        SCOPED.put("DELETE /api/v1/me/tokens/{id}", "token");
        SCOPED.put("GET /personas/{id}/foto", "user");
        SCOPED.put("POST /perfil/tokens/{id}/revocar", "token");
        UNSCOPED.addAll(List.of("GET /api/v1/groups", "POST /api/v1/groups", "PATCH /api/v1/groups/{id}",
                "GET /api/v1/catalog", "POST /api/v1/catalog/countries", "POST /api/v1/catalog/brands",
                "POST /api/v1/catalog/brands/{id}/products", "GET /api/v1/tickets", "POST /api/v1/tickets", "GET /api/v1/me",
                "GET /api/v1/me/tokens", "POST /api/v1/me/tokens", "GET /api/v1/organizations",
                "POST /api/v1/organizations", "POST /api/v1/users", "GET /error", "GET /v3/api-docs",
                "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html", "GET /actuator",
                "GET /actuator/health", "GET /actuator/health/**", "GET /actuator/info",
                // pages: lists and forms scoped to the signed-in person, public account pages, admin pages
                "GET /", "GET /login", "GET /registro", "POST /registro", "GET /registro/verificar",
                "POST /registro/verificar", "GET /contrasena/olvido", "POST /contrasena/olvido",
                "GET /contrasena/restablecer", "POST /contrasena/restablecer", "GET /tickets", "GET /tickets/exportar",
                "GET /tickets/nuevo", "POST /tickets/nuevo", "GET /admin/correo", "GET /admin/correo/{id}"));
        UNSCOPED.addAll(List.of("GET /perfil", "POST /perfil", "GET /perfil/foto", "POST /perfil/foto",
                "POST /perfil/foto/quitar", "GET /perfil/contrasena", "POST /perfil/contrasena", "GET /perfil/tokens",
                "POST /perfil/tokens"));
        // Admin pages: the security configuration turns customers away (403) before any handler runs.
        UNSCOPED.addAll(List.of("GET /admin", "GET /admin/contacto", "POST /admin/contacto"));
        // Agent workspace (/agente/**): web security turns customers away (403) before any handler runs.
        // -- queues
        UNSCOPED.addAll(List.of("GET /agente", "POST /agente/columnas", "POST /agente/tickets/lote"));

        // -- ticket view
        UNSCOPED.addAll(List.of("GET /agente/tickets/{number}", "GET /agente/tickets/{number}/propiedades",
                "POST /agente/tickets/{number}/responder", "POST /agente/tickets/{number}/propiedades",
                "POST /agente/tickets/{number}/asignarme", "POST /agente/tickets/{number}/etiquetas",
                "POST /agente/tickets/{number}/etiquetas/quitar", "POST /agente/tickets/{number}/personas",
                "POST /agente/tickets/{number}/personas/quitar", "POST /agente/tickets/{number}/devolver",
                "POST /agente/tickets/{number}/rechazar", "POST /agente/tickets/{number}/resolver",
                "POST /agente/tickets/{number}/reabrir"));

        // -- collision detection and merge
        UNSCOPED.add("POST /api/v1/inbound-mail"); // admins only (403 for everyone else)
        SCOPED.put("POST /api/v1/tickets/{number}/merge", "ticket");
        UNSCOPED.addAll(List.of("GET /agente/tickets/{number}/fusionar", "POST /agente/tickets/{number}/fusionar",
                "POST /agente/tickets/{number}/presencia", "POST /agente/tickets/{number}/presencia/salir"));

        // -- macros and notifications
        UNSCOPED.addAll(List.of("GET /agente/macros", "GET /agente/macros/nueva", "POST /agente/macros",
                "GET /agente/macros/{id}", "POST /agente/macros/{id}", "POST /agente/macros/{id}/duplicar",
                "POST /agente/macros/{id}/eliminar", "POST /agente/macros/vista-previa",
                "POST /agente/tickets/{number}/macros/{id}/aplicar", "GET /agente/notificaciones",
                "GET /agente/notificaciones/contador", "GET /agente/notificaciones/menu",
                "GET /agente/notificaciones/{id}", "POST /agente/notificaciones/{id}/leida",
                "POST /agente/notificaciones/leidas", "GET /agente/notificaciones/preferencias",
                "POST /agente/notificaciones/preferencias"));

        // -- administration
        UNSCOPED.addAll(List.of("GET /admin/usuarios", "GET /admin/usuarios/invitar", "POST /admin/usuarios/invitar",
                "GET /admin/usuarios/{id}", "POST /admin/usuarios/{id}/rol", "POST /admin/usuarios/{id}/estado",
                "POST /admin/usuarios/{id}/grupos", "GET /admin/organizaciones", "GET /admin/organizaciones/nueva",
                "POST /admin/organizaciones/nueva", "GET /admin/organizaciones/{id}", "POST /admin/organizaciones/{id}",
                "POST /admin/organizaciones/{id}/dominios", "POST /admin/organizaciones/{id}/dominios/eliminar",
                "GET /admin/grupos", "POST /admin/grupos", "GET /admin/grupos/{id}", "POST /admin/grupos/{id}",
                "POST /admin/grupos/{id}/miembros", "POST /admin/grupos/{id}/miembros/eliminar", "GET /admin/catalogo",
                "POST /admin/catalogo/paises", "POST /admin/catalogo/paises/{code}", "POST /admin/catalogo/marcas",
                "POST /admin/catalogo/marcas/{id}", "POST /admin/catalogo/marcas/{id}/productos",
                "POST /admin/catalogo/productos/{id}", "GET /admin/ajustes", "POST /admin/ajustes",
                "GET /admin/auditoria"));
        UNSCOPED.addAll(List.of("GET /admin/buzones", "POST /admin/buzones", "GET /admin/buzones/{id}",
                "POST /admin/buzones/{id}", "POST /admin/buzones/{id}/estado", "POST /admin/buzones/{id}/probar",
                "POST /admin/buzones/{id}/leer", "GET /admin/correo-entrante", "GET /admin/correo-entrante/{id}",
                "GET /admin/correo-entrante/{id}/original", "POST /admin/correo-entrante/{id}/reprocesar",
                "GET /admin/rebotes", "POST /admin/rebotes/quitar"));
        SCOPED.put("PATCH /api/v1/users/{id}", "user");

        // knowledge base
        // an article visible only to organisation B must look missing to everybody else
        for (String route : List.of("GET /api/v1/articles/{id}", "GET /ayuda/articulos/{id}",
                "POST /ayuda/articulos/{id}/valoracion", "POST /ayuda/articulos/{id}/comentario",
                "POST /articulos-guardados/{id}")) {
            SCOPED.put(route, "article");
        }
        // lists filtered by the reader, a file id, removing one's own saved mark, and writes refused to customers
        UNSCOPED.addAll(List.of("GET /api/v1/articles", "POST /api/v1/articles", "PUT /api/v1/articles/{id}",
                "GET /ayuda", "GET /ayuda/colecciones/{id}", "GET /ayuda/carpetas/{id}", "GET /ayuda/archivos/{id}",
                "GET /articulos-guardados", "POST /articulos-guardados/{id}/quitar"));
        // agent authoring (/agente/**) and portal banners (/admin/**): web security turns customers away (403)
        UNSCOPED.addAll(List.of("GET /agente/base-conocimiento", "POST /agente/base-conocimiento",
                "GET /agente/base-conocimiento/nuevo", "GET /agente/base-conocimiento/{id}",
                "POST /agente/base-conocimiento/{id}", "POST /agente/base-conocimiento/vista-previa",
                "POST /agente/base-conocimiento/{id}/archivos", "POST /agente/base-conocimiento/{id}/eliminar",
                "GET /agente/base-conocimiento/{id}/versiones", "GET /agente/base-conocimiento/{id}/versiones/{versionId}",
                "GET /agente/base-conocimiento/{id}/comentarios", "GET /agente/base-conocimiento/estructura",
                "POST /agente/base-conocimiento/colecciones", "POST /agente/base-conocimiento/colecciones/{id}",
                "POST /agente/base-conocimiento/colecciones/{id}/eliminar", "POST /agente/base-conocimiento/carpetas",
                "POST /agente/base-conocimiento/carpetas/{id}", "POST /agente/base-conocimiento/carpetas/{id}/eliminar",
                "GET /admin/avisos", "POST /admin/avisos", "GET /admin/avisos/{id}", "POST /admin/avisos/{id}",
                "POST /admin/avisos/{id}/eliminar"));
        // request types
        UNSCOPED.addAll(List.of("GET /api/v1/ticket-types", "POST /tickets/nuevo/prioridad",
                "POST /agente/tickets/{number}/tipo", "POST /agente/tickets/{number}/campos", "GET /admin/tipos",
                "GET /admin/tipos/nuevo", "POST /admin/tipos", "GET /admin/tipos/{code}", "POST /admin/tipos/{code}",
                "POST /admin/tipos/{code}/mover", "POST /admin/tipos/{code}/estado", "POST /admin/tipos/{code}/campos",
                "GET /admin/tipos/{code}/campos/{key}", "POST /admin/tipos/{code}/campos/{key}",
                "POST /admin/tipos/{code}/campos/{key}/mover", "POST /admin/tipos/{code}/campos/{key}/estado"));

        // quality coach
        UNSCOPED.addAll(List.of("POST /api/v1/quality-check", "POST /tickets/nuevo/calidad", "GET /admin/calidad",
                "POST /admin/calidad/modos", "POST /admin/calidad/palabras", "POST /admin/calidad/palabras/{id}/quitar"));


        // search
        UNSCOPED.addAll(List.of("GET /api/v1/search", "GET /buscar", "GET /buscar/sugerencias", "POST /buscar/desvios",
                "GET /agente/busquedas-sin-resultado", "GET /admin/busqueda", "POST /admin/busqueda/reindexar",
                "GET /admin/busqueda/progreso"));
        // Words of B's ticket (subject "Pedido SECRETO-B-…", message "Adjunto SECRETO-B-…"): a hit would show the
        // whole marker. The pages echo the query, so the query never holds the whole marker itself.
        QUERIES.put("GET /api/v1/search", List.of("?q=SECRETO", "?q=Pedido+SECRETO&type=ticket",
                "?q=Adjunto&type=ticket&organization={orgB}", "?q=Pedido&type=ticket&status=NEW"));
        QUERIES.put("GET /buscar", List.of("?q=SECRETO", "?q=Pedido+SECRETO&tipo=tickets", "?q=Adjunto&estado=NEW"));
        QUERIES.put("GET /buscar/sugerencias", List.of("?q=SECRETO", "?q=Pedido+Adjunto"));
    }


    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aCustomerOfOrganisationANeverReachesOrganisationBsData() {
        Fixtures fixtures = new Fixtures(port);
        String marker = "SECRETO-B-" + System.nanoTime();
        Fixtures.Organisation orgA = fixtures.organisation("Empresa A", true);
        Fixtures.Organisation orgB = fixtures.organisation("Empresa B " + marker, true);
        Fixtures.Person intruder = fixtures.customer("Intruso A", orgA);
        Fixtures.Person victim = fixtures.customer("Cliente B", orgB);
        fixtures.ticket(intruder, "Ticket propio de A");
        long ticketB = fixtures.ticket(victim, "Pedido " + marker);
        ApiClient victimApi = fixtures.as(victim);
        var file = victimApi.upload("/api/v1/tickets/" + ticketB + "/attachments", "factura.txt", "text/plain",
                ("Factura " + marker).getBytes(StandardCharsets.UTF_8), "body", "Adjunto " + marker);
        long attachmentB = file.json().path("message").path("attachments").get(0).path("id").asLong();
        var token = victimApi.post("/api/v1/me/tokens", Map.of("name", "ERP " + marker));
        String victimToken = token.text("token");
        long articleB = fixtures.admin().post("/api/v1/articles", Map.of("title", "Artículo " + marker, "body",
                "Texto " + marker, "kind", "HOW_TO", "published", true, "visibility", "ORGANIZATIONS",
                "organisationIds", List.of(orgB.id()))).number("id");
        var photo = WebSession.signedIn(port, victim.email(), Fixtures.PASSWORD).upload("/perfil/foto", "photo",
                "foto.png", "image/png", onePixelPng());
        assertThat(photo.status()).as(photo.toString()).isEqualTo(302);

        Map<String, Supplier<String>> values = Map.of("ticket", () -> Long.toString(ticketB), "attachment",
                () -> Long.toString(attachmentB), "user", () -> Long.toString(victim.id()), "organisation",
                () -> Long.toString(orgB.id()), "token", () -> Long.toString(token.number("id")), "article",
                () -> Long.toString(articleB));
        ApiClient intruderApi = fixtures.as(intruder);
        WebSession intruderBrowser = WebSession.signedIn(port, intruder.email(), Fixtures.PASSWORD);
        String jsonBody = """
                {"subject":"x","description":"x","body":"x","reason":"x","missing":["steps"],"message":"x",
                 "solved":true,"comment":"x","name":"x","email":"intruso-nuevo@a.example","role":"CUSTOMER",
                 "requesterEmail":"%s","cc":["%s"],"organizationId":%d,"taxId":"hack","status":"CLOSED"}
                """.formatted(victim.email(), victim.email(), orgB.id());

        List<String> unknownRoutes = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (String route : routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            boolean scoped = SCOPED.containsKey(route);
            if (!scoped && !UNSCOPED.contains(route)) {
                unknownRoutes.add(route);
                continue;
            }
            String path = scoped ? pattern.replaceAll("\\{[^}]+}", values.get(SCOPED.get(route)).get())
                    : pattern.replace("/**", "/liveness").replaceAll("\\{[^}]+}", "1");
            List<String> paths = new ArrayList<>(List.of(path));
            for (String query : QUERIES.getOrDefault(route, List.of())) {
                paths.add(path + query.replace("{orgB}", Long.toString(orgB.id())));
            }
            if (route.equals("GET /api/v1/tickets")) {
                paths.add(path + "?organizationId=" + orgB.id());
                paths.add(path + "?requester=" + victim.email());
                paths.add(path + "?status=NEW&limit=200");
            }
            for (String target : paths) {
                int status;
                String body;
                if (pattern.startsWith("/api/")) {
                    var response = pattern.endsWith("/attachments") && method.equals("POST")
                            ? intruderApi.upload(target, "x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))
                            : intruderApi.send(method, target, "application/json",
                                    method.equals("GET") || method.equals("DELETE") ? null
                                            : jsonBody.getBytes(StandardCharsets.UTF_8));
                    status = response.status();
                    body = response.body();
                } else {
                    var response = method.equals("GET") ? intruderBrowser.get(target)
                            : intruderBrowser.post(target, Map.of("mensaje", "x", "correos", "intruso@a.example",
                                    "resuelto", "true", "comentario", "x", "idFiscal", "hack", "asunto", "x",
                                    "descripcion", "x", "name", "x", "email", "intruso-otro@a.example", "chat", "x"));
                    status = response.status();
                    body = response.body();
                }
                calls++;
                boolean success = status >= 200 && status < 300;
                if (success && (body.contains(marker) || body.contains(victim.email()) || body.contains(victimToken))) {
                    leaks.add(method + " " + target + " → " + status + " " + body);
                }
                if (scoped && status != 404) {
                    leaks.add(method + " " + target + " → " + status + " (expected 404) " + body);
                }
            }
        }

        assertThat(unknownRoutes).as("routes without a scope rule in this test").isEmpty();
        assertThat(leaks).as("responses that reveal or touch organisation B's data").isEmpty();
        assertThat(calls).isGreaterThan(SCOPED.size());

        var untouched = fixtures.admin().get("/api/v1/tickets/" + ticketB).json();
        assertThat(untouched.path("status").asString()).isEqualTo("NEW");
        assertThat(untouched.path("taxId").isNull()).isTrue();
        assertThat(untouched.path("cc")).isEmpty();
        assertThat(fixtures.admin().get("/api/v1/tickets/" + ticketB + "/messages").json()).hasSize(1);
        assertThat(fixtures.anonymous().withToken(victimToken).get("/api/v1/me").status()).isEqualTo(200);
        // search: the searches above found nothing because of scope, not because nothing was indexed
        assertThat(victimApi.get("/api/v1/search?q=SECRETO&type=ticket").body()).contains(marker);
    }

    private static byte[] onePixelPng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every "METHOD /pattern" served by any request-mapping handler mapping (controllers, actuator, docs). */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("GET " + pattern);
                    }
                    methods.forEach(m -> routes.add(m.name() + " " + pattern));
                }
            }
        }
        return routes;
    }
}
