package org.nearpeer.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A small start page on the admin UI port that links every service's Swagger UI and Keycloak,
 * until the admin UI itself takes this port over.
 */
final class Portal implements AutoCloseable {

    private final HttpServer server;

    private Portal(HttpServer server) {
        this.server = server;
    }

    static Portal start(StackSettings settings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port(Component.ADMIN_UI)), 0);
        byte[] page = page(settings).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        return new Portal(server);
    }

    private static String page(StackSettings settings) {
        StringBuilder rows = new StringBuilder();
        for (NearpeerService service : NearpeerService.values()) {
            String url = settings.url(service.component());
            rows.append("<tr><td>").append(service.displayName()).append("</td><td><a href=\"").append(url)
                    .append("/q/swagger-ui\">Swagger UI</a></td><td><a href=\"").append(url).append("/q/openapi\">OpenAPI</a></td><td><a href=\"")
                    .append(url).append("/q/health\">health</a></td></tr>\n");
        }
        String keycloak = settings.url(Component.KEYCLOAK);
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Nearpeer</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:50rem}td{padding:.3rem 1rem .3rem 0}</style></head>
                <body><h1>Nearpeer</h1>
                <p>Near-peer mentoring programs for medical schools. The local stack is running.</p>
                <table><thead><tr><th>service</th><th colspan="3">links</th></tr></thead><tbody>
                %s</tbody></table>
                <p>Keycloak: <a href="%s/admin/">%s/admin/</a> (realm <code>nearpeer</code>)</p>
                </body></html>
                """.formatted(rows, keycloak, keycloak);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
