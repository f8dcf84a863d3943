package org.nearpeer.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Port 8080: the admin UI (the built single-page app in {@code admin-ui/dist}), its runtime
 * configuration at {@code /config.json}, and the services under {@code /services/<name>/…}, passed
 * through so the app and the APIs share one origin (no CORS to configure). Without a built admin
 * UI it serves a page of links instead.
 */
final class Portal implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript",
            "css", "text/css", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "json", "application/json",
            "woff2", "font/woff2");
    /** Hop-by-hop and length headers the JDK client or server sets by itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "expect",
            "keep-alive", "te", "trailer", "proxy-connection");

    private final HttpServer server;

    private Portal(HttpServer server) {
        this.server = server;
    }

    static Portal start(StackSettings settings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port(Component.ADMIN_UI)), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (NearpeerService service : NearpeerService.values()) {
            String prefix = "/services/" + service.displayName();
            String target = settings.url(service.component());
            server.createContext(prefix + "/", exchange -> proxy(client, exchange, target + exchange.getRequestURI().toString().substring(prefix.length())));
        }
        byte[] config = config(settings).getBytes(StandardCharsets.UTF_8);
        server.createContext("/config.json", exchange -> send(exchange, 200, "application/json", config));
        Path app = settings.projectRoot().resolve("admin-ui/dist");
        byte[] links = links(settings).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            if (!Files.isRegularFile(app.resolve("index.html"))) {
                send(exchange, 200, CONTENT_TYPES.get("html"), links);
                return;
            }
            serveFile(exchange, app);
        });
        server.start();
        return new Portal(server);
    }

    /** What the app needs to sign in and find the APIs. */
    private static String config(StackSettings settings) {
        StringBuilder services = new StringBuilder();
        for (NearpeerService service : NearpeerService.values()) {
            services.append(services.isEmpty() ? "" : ",").append('"').append(service.displayName()).append("\":\"./services/")
                    .append(service.displayName()).append('"');
        }
        return "{\"keycloakUrl\":\"" + settings.url(Component.KEYCLOAK) + "\",\"realm\":\"" + KeycloakServer.REALM
                + "\",\"clientId\":\"nearpeer-admin-ui\",\"services\":{" + services + "}}";
    }

    /** A file of the app, or index.html for any other path (the app routes in the browser). */
    private static void serveFile(HttpExchange exchange, Path app) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
        Path file = app.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!file.startsWith(app) || !Files.isRegularFile(file)) {
            file = app.resolve("index.html");
        }
        String name = file.getFileName().toString();
        String type = CONTENT_TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        // Hashed assets never change; index.html must be fetched again to pick up a new build.
        exchange.getResponseHeaders().add("Cache-Control", name.equals("index.html") ? "no-cache" : "public, max-age=31536000, immutable");
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static void proxy(HttpClient client, HttpExchange exchange, String target) throws IOException {
        try (exchange) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(120));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            request.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            byte[] problem = ("{\"type\":\"urn:nearpeer:problem:service-unavailable\",\"title\":\"Service unavailable\",\"status\":502,\"detail\":\""
                    + "The service behind " + exchange.getRequestURI().getPath().split("/")[2] + " did not answer.\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().put("Content-Type", List.of("application/problem+json"));
            exchange.sendResponseHeaders(502, problem.length);
            exchange.getResponseBody().write(problem);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            out.write(body);
        }
    }

    private static String links(StackSettings settings) {
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
                <p>The admin UI is not built (<code>./mvnw package</code> builds it); the services are running.</p>
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
